// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The quality × stage heatmap: one row per quality, one column per journey stage, each cell the
// mean 0–100 score of its scored answers, coloured in five bands. The number is always printed,
// so colour is never the only carrier (WCAG 1.4.1), and each cell has a full sentence for
// screen readers. The table is a keyboard grid (grid-nav.js): a cell with events opens its
// answers.
import { h, hiddenText } from './dom.js';
import * as format from './format.js';
import { navigateGrid } from './grid-nav.js';
import { qualities, qualityName, stageName, stages } from './model.js';

/** 0–19 → 0, …, 80–100 → 4: the colour band of a score. */
/** @param {number} score */
export function band(score) {
  return Math.min(4, Math.max(0, Math.floor(score / 20)));
}

/** @param {import('../src/summary-types.ts').SummaryCell} cell */
function describe(cell) {
  const parts = [];
  if (cell.score !== null) {
    parts.push(
      `Score ${format.score(cell.score)} of 100 from ${format.plural(cell.scored, 'answer')}.`,
    );
    if (cell.answers > cell.scored) parts.push(`${format.count(cell.answers)} answers in all.`);
  } else if (cell.answers > 0) {
    parts.push(`${format.plural(cell.answers, 'answer')}, none scored, so no score.`);
  } else {
    parts.push('No answers.');
  }
  parts.push(
    cell.shown === 0
      ? 'No prompts shown.'
      : `${format.plural(cell.shown, 'prompt')} shown, response rate ${format.percent(cell.responseRate)}.`,
  );
  return parts.join(' ');
}

/**
 * @param {string} quality
 * @param {string} stage
 */
function emptyCell(quality, stage) {
  const key = `${quality} ${stage}`;
  const props = { className: 'heat heat--empty', 'data-quality': quality, 'data-stage': stage };
  return h('td', { ...props, 'data-key': key }, [
    h('span', { className: 'heat__score', 'aria-hidden': 'true', text: '·' }),
    hiddenText('No events.'),
  ]);
}

/** @param {import('../src/summary-types.ts').SummaryCell} cell */
function dataCell(cell) {
  const scored = cell.score !== null;
  const parts = [
    h('span', {
      className: 'heat__score',
      'aria-hidden': 'true',
      text: scored ? format.score(cell.score) : format.NO_VALUE,
    }),
    h('span', {
      className: 'heat__n',
      'aria-hidden': 'true',
      text: `n ${format.count(cell.answers)}`,
    }),
  ];
  if (cell.responseRate !== null) {
    const rate = format.percent(cell.responseRate);
    parts.push(h('span', { className: 'heat__rate', 'aria-hidden': 'true', text: rate }));
  }
  parts.push(hiddenText(describe(cell)));
  return h(
    'td',
    {
      className: `heat ${scored ? `heat--${band(cell.score)}` : 'heat--unscored'}`,
      'data-quality': cell.quality,
      'data-stage': cell.stage,
      'data-key': `${cell.quality} ${cell.stage}`,
      'data-events': '',
      'aria-haspopup': 'dialog',
    },
    parts,
  );
}

/** The default stages, then any a site defined itself, in the order the summary gives them. */
/** @param {import('../src/summary-types.ts').SummaryCell[]} cells */
function columnsOf(cells) {
  const known = stages();
  const extra = cells.map((cell) => cell.stage).filter((stage) => !known.includes(stage));
  return [...known, ...new Set(extra)];
}

/** @param {import('../src/summary-types.ts').SummaryCell[]} cells */
function rowsOf(cells) {
  const known = qualities().map((quality) => quality.id);
  const extra = cells.map((cell) => cell.quality).filter((quality) => !known.includes(quality));
  return [...known, ...new Set(extra)];
}

/**
 * Fills `table` (which keeps its `<caption>`) with the heatmap of a summary's cells;
 * `onOpen(quality, stage, cell)` opens the answers of a cell with events (click, Enter, Space).
 *
 * @example
 * renderHeatmap(document.getElementById('heatmap'), summary, (q, s, td) => openCell(…));
 * @param {HTMLTableElement} table
 * @param {import('../src/summary-types.ts').Summary} summary
 * @param {(quality: string, stage: string, cell: HTMLElement) => void} onOpen
 */
export function renderHeatmap(table, summary, onOpen) {
  const byPair = new Map(summary.cells.map((cell) => [`${cell.quality}\u0000${cell.stage}`, cell]));
  const columns = columnsOf(summary.cells);

  const head = h('thead', {}, [
    h('tr', {}, [
      h('th', { scope: 'col', className: 'heatmap__corner', text: 'Quality' }),
      ...columns.map((stage) => h('th', { scope: 'col', text: stageName(stage) })),
    ]),
  ]);
  const body = h(
    'tbody',
    {},
    rowsOf(summary.cells).map((quality) =>
      h('tr', {}, [
        h('th', { scope: 'row', text: qualityName(quality) }),
        ...columns.map((stage) => {
          const cell = byPair.get(`${quality}\u0000${stage}`);
          return cell ? dataCell(cell) : emptyCell(quality, stage);
        }),
      ]),
    ),
  );
  table.querySelector('thead')?.remove();
  table.querySelector('tbody')?.remove();
  table.append(head, body);
  navigateGrid(
    table,
    (td) => td.dataset.events !== undefined,
    (td) => onOpen(td.dataset.quality ?? '', td.dataset.stage ?? '', td),
  );
}
