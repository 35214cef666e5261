// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The trend: for every quality, a small line of its daily mean score (0–100) across the range,
// drawn as SVG with createElementNS (no markup parsing, no inline styles: the CSP holds), and
// told in words for screen readers.
import { h } from './dom.js';
import * as format from './format.js';
import { qualities, qualityName } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;
const WIDTH = 240;
const HEIGHT = 48;

/**
 * @param {string} tag
 * @param {Record<string, string | number>} [attributes]
 * @param {Node[]} [children]
 */
function svg(tag, attributes = {}, children = []) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  element.append(...children);
  return element;
}

/** @param {import('../src/summary-types.ts').Summary['range']} range */
function daysIn(range) {
  return Math.round((Date.parse(range.to) - Date.parse(range.from)) / DAY_MS) + 1;
}

/** The sparkline of one quality: a point per scored day, joined, on a 0–100 scale. */
/**
 * @param {Array<import('../src/summary-types.ts').TrendPoint & { score: number }>} points
 * @param {import('../src/summary-types.ts').Summary['range']} range
 */
function sparkline(points, range) {
  const days = Math.max(1, daysIn(range) - 1);
  const xy = points.map((p) => {
    const x = ((Date.parse(p.day) - Date.parse(range.from)) / DAY_MS / days) * WIDTH;
    const y = HEIGHT - 2 - (p.score / 100) * (HEIGHT - 4);
    return [x.toFixed(1), y.toFixed(1)];
  });
  return svg(
    'svg',
    { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'trend__chart', 'aria-hidden': 'true' },
    [
      svg('line', { x1: 0, y1: HEIGHT / 2, x2: WIDTH, y2: HEIGHT / 2, class: 'trend__mid' }),
      svg('polyline', { points: xy.map((p) => p.join(',')).join(' '), class: 'trend__line' }),
      ...xy.map(([cx, cy]) => svg('circle', { cx, cy, r: 2, class: 'trend__dot' })),
    ],
  );
}

/**
 * @param {string} name
 * @param {Array<import('../src/summary-types.ts').TrendPoint & { score: number }>} points
 */
function describe(name, points) {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return `${name}: no scored answers in this range.`;
  const days = format.plural(points.length, 'day');
  return `${name}: scores on ${days}, from ${format.score(first.score)} on ${format.day(first.day)} to ${format.score(last.score)} on ${format.day(last.day)}.`;
}

/**
 * Fills `list` with one item per quality, every quality of the model and any other with scored
 * answers; a quality without scored answers in the range says so in place of its line.
 *
 * @example
 * renderTrend(document.getElementById('trend'), summary, emptyNote);
 * @param {HTMLElement} list
 * @param {import('../src/summary-types.ts').Summary} summary
 * @param {HTMLElement} empty
 */
export function renderTrend(list, summary, empty) {
  const byQuality = new Map();
  for (const point of summary.trend) {
    if (point.score === null) continue;
    byQuality.set(point.quality, [...(byQuality.get(point.quality) ?? []), point]);
  }
  const known = qualities().map((q) => q.id);
  const order = [...known, ...[...byQuality.keys()].filter((q) => !known.includes(q))];
  const items = order.map((quality) => {
    const points = byQuality.get(quality);
    const name = qualityName(quality);
    if (!points) {
      return h('li', { className: 'trend__item trend__item--none', 'data-quality': quality }, [
        h('span', { className: 'trend__name', text: name }),
        h('span', { className: 'trend__none', text: 'No scored answers' }),
        h('span', { className: 'trend__latest', 'aria-hidden': 'true', text: format.NO_VALUE }),
      ]);
    }
    return h('li', { className: 'trend__item', 'data-quality': quality }, [
      h('span', { className: 'trend__name', text: name }),
      sparkline(points, summary.range),
      h('span', { className: 'trend__latest', text: format.score(points.at(-1).score) }),
      h('span', { className: 'visually-hidden', text: describe(name, points) }),
    ]);
  });
  list.replaceChildren(...items);
  empty.hidden = byQuality.size > 0;
}
