// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// What customers wrote about, per quality: the terms most used in its written answers over the
// range (GET /v1/summary/words, counted on the collector). Each term is a button that opens
// the answers using it.
import { h, hiddenText } from './dom.js';
import * as format from './format.js';
import { qualityName } from './model.js';

/**
 * Fills `list` with one item per quality that has written answers; `onTerm(quality, term,
 * button)` opens the answers using a term.
 *
 * @example
 * renderWords(document.getElementById('words'), words, emptyNote, openTerm);
 * @param {HTMLElement} list
 * @param {import('../src/cell-types.ts').WordsSummary} words
 * @param {HTMLElement} empty
 * @param {(quality: string, term: string, button: HTMLElement) => void} onTerm
 */
export function renderWords(list, words, empty, onTerm) {
  const items = words.qualities
    .filter((q) => q.terms.length > 0)
    .map((q) => {
      const name = qualityName(q.quality);
      const terms = q.terms.map((t) => {
        // The visible "delivery 5" begins the name, as WCAG 2.5.3 asks ("delivery 5 answers").
        const button = h('button', { type: 'button', className: 'term' }, [
          h('span', { className: 'term__word', text: t.term }),
          ' ',
          h('span', { className: 'term__count', text: format.count(t.count) }),
          hiddenText(t.count === 1 ? ' answer' : ' answers'),
        ]);
        button.addEventListener('click', () => onTerm(q.quality, t.term, button));
        return h('li', {}, [button]);
      });
      return h('li', { className: 'words__item', 'data-quality': q.quality }, [
        h('h3', { className: 'words__name', text: name }),
        h('p', {
          className: 'words__note',
          text: `From ${format.plural(q.texts, 'written answer')}`,
        }),
        h('ol', { className: 'words__terms', 'aria-label': `Most used terms for ${name}` }, terms),
      ]);
    });
  list.replaceChildren(...items);
  empty.hidden = items.length > 0;
}
