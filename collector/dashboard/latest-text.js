// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The latest open-text answers and follow-ups, in the customers' own words (shown as text),
// here and in a cell's answers (with the stages the visitor had seen).
import { h } from './dom.js';
import * as format from './format.js';
import { qualityName, stageName } from './model.js';

/** @param {unknown} value */
function answered(value) {
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/**
 * One quote: the words, when and where, and what they answered; a cell's entries also carry
 * the visitor's stage path.
 *
 * @example
 * list.append(quoteItem(cellAnswers.words[0]));
 * @param {import('../src/summary-types.ts').TextEntry & { path?: string[] }} entry
 */
export function quoteItem(entry) {
  const where = [qualityName(entry.quality), stageName(entry.stage)].filter(Boolean).join(' · ');
  const context =
    entry.kind === 'followUp'
      ? `Follow-up to “${entry.question}” (answered ${answered(entry.value)})`
      : `“${entry.question}”`;
  return h('li', { className: 'quote' }, [
    h('blockquote', { className: 'quote__text', text: entry.text }),
    h('p', { className: 'quote__meta' }, [
      h('time', { dateTime: entry.time, text: format.dateTime(entry.time) }),
      ` · ${where}`,
    ]),
    h('p', { className: 'quote__context', text: context }),
    ...(entry.path?.length
      ? [
          h('p', {
            className: 'quote__context quote__path',
            text: `Stages seen: ${entry.path.map(stageName).join(' → ')}`,
          }),
        ]
      : []),
  ]);
}

/**
 * Lists a summary's latest text entries in `list` (an `<ol>`); `empty` is shown when there
 * are none.
 *
 * @example
 * renderLatestText(document.getElementById('latest-text'), summary.latestText, emptyNote);
 * @param {HTMLElement} list
 * @param {import('../src/summary-types.ts').TextEntry[]} entries
 * @param {HTMLElement} empty
 */
export function renderLatestText(list, entries, empty) {
  list.replaceChildren(...entries.map(quoteItem));
  empty.hidden = entries.length > 0;
}
