// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// One cell's answers in a modal <dialog> (GET /v1/summary/cell): its figures, each question's
// closed answers as a table with bars, and the latest words with the stages each visitor had
// seen. A native modal dialog keeps focus inside and closes on Escape; focus then returns to
// the cell or term that opened it. Every string goes in as text (dom.js).
import { api } from './auth.js';
import { bar } from './bar.js';
import { h } from './dom.js';
import * as format from './format.js';
import { quoteItem } from './latest-text.js';
import { qualityName, stageName } from './model.js';

/** @typedef {import('../src/cell-types.ts').CellAnswers} CellAnswers */
/** @typedef {import('../src/cell-types.ts').QuestionAnswers} QuestionAnswers */
/** @typedef {{ quality: string, stage?: string, term?: string }} CellRequest */

/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {CellRequest} cell */
function title(cell) {
  const where = cell.stage
    ? `${qualityName(cell.quality)} × ${stageName(cell.stage)}`
    : `${qualityName(cell.quality)}, every stage`;
  return cell.term ? `“${cell.term}” in ${where}` : where;
}

/** An answer as a person reads it: yes/no for booleans, the option id or number as it is. */
/** @param {string | number | boolean} value */
function shownValue(value) {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** @param {CellAnswers} answers */
function figures(answers) {
  /**
   * @param {string} label
   * @param {string} value
   */
  const figure = (label, value) =>
    h('div', { className: 'cell-view__figure' }, [
      h('dt', { text: label }),
      h('dd', { text: value }),
    ]);
  const score =
    answers.score === null
      ? format.NO_VALUE
      : `${format.score(answers.score)} of 100 (${format.plural(answers.scored, 'scored answer')})`;
  return h('dl', { className: 'cell-view__figures' }, [
    figure('Score', score),
    figure('Answers', format.count(answers.answers)),
    figure(
      'Response rate',
      answers.shown === 0
        ? 'No prompts shown'
        : `${format.percent(answers.responseRate)} of ${format.plural(answers.shown, 'prompt')}`,
    ),
  ]);
}

/** @param {QuestionAnswers} question */
function questionBlock(question) {
  const heading = h('h4', { className: 'cell-view__question', text: question.text || question.id });
  const score =
    question.score === null ? 'no score' : `score ${format.score(question.score)} of 100`;
  const note = h('p', {
    className: 'panel__note',
    text: `${format.plural(question.answers, 'answer')} · ${score} · ${question.type ?? 'unknown type'} (${question.id})`,
  });
  if (question.values.length === 0) {
    return h('div', { className: 'cell-view__block' }, [heading, note]);
  }
  const rows = question.values.map((v) =>
    h('tr', {}, [
      h('th', { scope: 'row', text: shownValue(v.value) }),
      h('td', { className: 'cell-view__n', text: format.count(v.count) }),
      h('td', {}, [
        h('div', { className: 'cell-view__share' }, [
          h('span', { text: format.percent(v.count / question.answers) }),
          bar(v.count, question.answers, 'cell-view'),
        ]),
      ]),
    ]),
  );
  const table = h('table', { className: 'cell-view__table' }, [
    h('caption', { className: 'visually-hidden', text: `Answers to “${heading.textContent}”` }),
    h('thead', {}, [
      h('tr', {}, [
        h('th', { scope: 'col', text: 'Answer' }),
        h('th', { scope: 'col', className: 'cell-view__n', text: 'Answers' }),
        h('th', { scope: 'col', text: 'Share' }),
      ]),
    ]),
    h('tbody', {}, rows),
  ]);
  return h('div', { className: 'cell-view__block' }, [heading, note, table]);
}

/** @param {CellAnswers} answers */
function render(answers) {
  const closed = answers.questions;
  const words = answers.words;
  const wordsNote = answers.term
    ? `The latest answers using “${answers.term}”, newest first.`
    : 'The latest written answers and follow-ups, newest first.';
  return [
    figures(answers),
    h('section', { className: 'cell-view__section', 'aria-labelledby': 'cell-view-closed' }, [
      h('h3', { id: 'cell-view-closed', text: 'Answers by question' }),
      ...(closed.length
        ? closed.map(questionBlock)
        : [h('p', { className: 'panel__note', text: 'No answers in this range.' })]),
    ]),
    h('section', { className: 'cell-view__section', 'aria-labelledby': 'cell-view-words' }, [
      h('h3', { id: 'cell-view-words', text: 'In their words' }),
      h('p', { className: 'panel__note', text: wordsNote }),
      words.length
        ? h('ol', { className: 'quotes quotes--single' }, words.map(quoteItem))
        : h('p', { className: 'panel__note', text: 'No written answers here.' }),
    ]),
  ];
}

/** The dialog's close button and its return of focus, wired once. */
let wired = false;
/** @type {HTMLElement | null} */
let opener = null;
/** @type {AbortController | undefined} */
let running;

function wire() {
  if (wired) return;
  wired = true;
  const dialog = /** @type {HTMLDialogElement} */ (byId('cell-view'));
  byId('cell-view-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('close', () => {
    running?.abort();
    opener?.focus();
  });
}

/**
 * Opens the answers of one cell (quality × stage), of a whole quality (no stage), or those
 * using a term, for the range the dashboard shows; `from` gets focus back on close.
 *
 * @example
 * openCell({ quality: 'advocate', stage: 'use' }, 'from=2026-11-01&to=2026-11-30', cellElement);
 * @param {CellRequest} cell
 * @param {string} rangeSearch the summary's query string (from, to, site, stage)
 * @param {HTMLElement} from
 */
export async function openCell(cell, rangeSearch, from) {
  wire();
  opener = from;
  const dialog = /** @type {HTMLDialogElement} */ (byId('cell-view'));
  const status = byId('cell-view-status');
  const body = byId('cell-view-body');
  const params = new URLSearchParams(rangeSearch);
  params.set('quality', cell.quality);
  if (cell.stage) params.set('stage', cell.stage);
  if (cell.term) params.set('term', cell.term);
  byId('cell-view-title').textContent = title(cell);
  body.replaceChildren();
  status.textContent = 'Loading…';
  if (!dialog.open) dialog.showModal();
  running?.abort();
  const controller = new AbortController();
  running = controller;
  try {
    const response = await api(`/v1/summary/cell?${params}`, { signal: controller.signal });
    const answers = await response.json();
    if (!response.ok) throw new Error(answers.error ?? `HTTP ${response.status}`);
    body.replaceChildren(...render(answers));
    status.textContent = '';
  } catch (error) {
    if (error.name === 'AbortError') return;
    status.textContent = `Could not load the answers: ${error.message}`;
  }
}
