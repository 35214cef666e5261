// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The headline figures: NPS, satisfaction, effort, response rate and counts, as a description
// list (term = what is measured, description = the figure and what it rests on).
import { h } from './dom.js';
import * as format from './format.js';

/**
 * @param {string} id
 * @param {string} label
 * @param {string} value
 * @param {string} unit
 * @param {string} note
 */
function figure(id, label, value, unit, note) {
  const valueChildren = [h('span', { className: 'figure__number', text: value })];
  if (unit && value !== format.NO_VALUE) {
    valueChildren.push(h('span', { className: 'figure__unit', text: unit }));
  }
  return h('div', { className: 'figure', 'data-figure': id }, [
    h('dt', { className: 'figure__label', text: label }),
    h('dd', { className: 'figure__value' }, valueChildren),
    h('dd', { className: 'figure__note', text: note }),
  ]);
}

/**
 * Draws the headline figures of a summary into `list` (a `<dl>`), replacing what was there.
 *
 * @example
 * renderFigures(document.getElementById('figures'), await (await fetch('/v1/summary')).json());
 * @param {HTMLElement} list
 * @param {import('../src/summary-types.ts').Summary} summary
 */
export function renderFigures(list, summary) {
  const { nps, satisfaction, effort, totals } = summary;
  list.replaceChildren(
    figure(
      'nps',
      'Net Promoter Score',
      format.nps(nps.score),
      '',
      nps.n === 0
        ? 'No recommendation answers yet'
        : `${format.plural(nps.promoters, 'promoter')}, ${format.plural(nps.passives, 'passive')}, ` +
            `${format.plural(nps.detractors, 'detractor')}`,
    ),
    figure(
      'satisfaction',
      'Satisfaction',
      format.score(satisfaction.mean),
      '/100',
      `Ratings and emoji, ${format.plural(satisfaction.n, 'answer')}`,
    ),
    figure(
      'effort',
      'Ease (effort)',
      format.mean(effort.mean),
      '/7',
      `7 = very easy, ${format.plural(effort.n, 'answer')}`,
    ),
    figure(
      'response-rate',
      'Response rate',
      format.percent(totals.responseRate),
      '',
      // Not "answers to prompts": a survey's later steps are answers but no prompt of their own.
      `Of ${format.plural(totals.shown, 'prompt')} shown (a survey is one)`,
    ),
    figure(
      'dismissed',
      'Dismissed',
      format.count(totals.dismissed),
      '',
      totals.shown === 0
        ? 'No prompts shown'
        : `${format.percent(totals.dismissed / totals.shown)} of prompts shown`,
    ),
  );
}
