// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// Survey completion: per survey a small funnel, as a real table (started, each step reached and
// left, completed) so screen readers get every number; the bars (bar.js) are drawn beside them.
import { bar } from './bar.js';
import { h } from './dom.js';
import * as format from './format.js';

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
        bar(n, started, 'funnel'),
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
