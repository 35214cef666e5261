// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// Survey completion: per survey a small funnel, as a real table (started, each step reached and
// left, completed) so screen readers get every number; the bars are drawn beside the numbers
// as SVG (no inline styles under the CSP) and hidden from assistive technology.
import { h } from './dom.js';
import * as format from './format.js';

const SVG = 'http://www.w3.org/2000/svg';

/** A bar of `n` out of `of`, 100 units wide; the CSS gives it its real width. */
/**
 * @param {number} n
 * @param {number} of
 */
function bar(n, of) {
  const element = document.createElementNS(SVG, 'svg');
  element.setAttribute('viewBox', '0 0 100 10');
  element.setAttribute('preserveAspectRatio', 'none');
  element.setAttribute('class', 'funnel__bar');
  element.setAttribute('aria-hidden', 'true');
  const track = document.createElementNS(SVG, 'rect');
  track.setAttribute('class', 'funnel__track');
  track.setAttribute('width', '100');
  track.setAttribute('height', '10');
  const fill = document.createElementNS(SVG, 'rect');
  fill.setAttribute('class', 'funnel__fill');
  fill.setAttribute('width', of === 0 ? '0' : ((n / of) * 100).toFixed(1));
  fill.setAttribute('height', '10');
  element.append(track, fill);
  return element;
}

/**
 * One row: what it counts, how many got there (with its share of those who started) and how
 * many ended there without completing ('' where nobody can).
 * @param {string} label
 * @param {number} n
 * @param {number} started
 * @param {number | null} left
 */
function row(label, n, started, left) {
  return h('tr', {}, [
    h('th', { scope: 'row', className: 'funnel__cell funnel__step', text: label }),
    h('td', { className: 'funnel__cell' }, [
      h('span', { className: 'funnel__reached' }, [
        h('span', { className: 'funnel__n', text: format.count(n) }),
        h('span', {
          className: 'funnel__share',
          text: format.percent(started ? n / started : null),
        }),
        bar(n, started),
      ]),
    ]),
    h('td', {
      className: 'funnel__cell funnel__left',
      text: left === null ? '' : format.count(left),
    }),
  ]);
}

/** @param {import('../src/survey-summary.ts').SurveySummary} survey */
function card(survey) {
  const titleId = `survey-${survey.survey.replace(/[^\w-]/g, '_')}`;
  return h(
    'section',
    { className: 'survey', 'data-survey': survey.survey, 'aria-labelledby': titleId },
    [
      h('h3', { className: 'survey__name', id: titleId, text: survey.survey }),
      h('p', { className: 'survey__rate' }, [
        h('span', { className: 'survey__percent', text: format.percent(survey.completionRate) }),
        ` completed, ${format.count(survey.completed)} of ${format.count(survey.started)} started`,
      ]),
      h('table', { className: 'funnel' }, [
        h('caption', {
          className: 'visually-hidden',
          text: `${survey.survey}: responses that reached each step, and that left there without completing`,
        }),
        h('thead', {}, [
          h('tr', {}, [
            h('th', { scope: 'col', className: 'funnel__cell funnel__head', text: 'Step' }),
            h('th', { scope: 'col', className: 'funnel__cell funnel__head', text: 'Reached' }),
            h('th', {
              scope: 'col',
              className: 'funnel__cell funnel__head funnel__left',
              text: 'Left',
            }),
          ]),
        ]),
        h('tbody', {}, [
          row('Shown', survey.started, survey.started, survey.unanswered),
          ...survey.funnel.map((step) =>
            row(`Step ${step.step}`, step.reached, survey.started, step.left),
          ),
          row('Completed', survey.completed, survey.started, null),
        ]),
      ]),
    ],
  );
}

/**
 * Fills `list` with one funnel per survey in the summary; `empty` shows when there are none.
 *
 * @example
 * renderSurveys(document.getElementById('surveys'), summary, emptyNote);
 * @param {HTMLElement} list
 * @param {import('../src/summary-types.ts').Summary} summary
 * @param {HTMLElement} empty
 */
export function renderSurveys(list, summary, empty) {
  list.replaceChildren(...summary.surveys.map(card));
  empty.hidden = summary.surveys.length > 0;
}
