import type { TriggerKind } from './fired';

/**
 * `{ on: 'click', selector }`: met by a click on an element matching `selector`, or inside one
 * (one delegated listener on the document, so elements added later count too).
 *
 * @example
 * click.matches({ on: 'click', selector: '#help' }, { kind: 'click', selector: '#help' }); // true
 */
export const click: TriggerKind<'click'> = {
  matches: (t, fired) => t.selector === fired.selector,
  label: (t) => `click:${t.selector}`,
};

/**
 * Which of `selectors` the clicked `target` is, or is inside; `invalid` lists selectors the
 * browser cannot parse (a config mistake to report, not to throw into the page).
 *
 * @example
 * clickedSelectors(event.target, ['#help', '.faq a']); // { hits: ['#help'], invalid: [] }
 */
export function clickedSelectors(
  target: EventTarget | null,
  selectors: readonly string[],
): { hits: string[]; invalid: string[] } {
  const hits: string[] = [];
  const invalid: string[] = [];
  const el = target as Partial<Element> | null;
  if (typeof el?.closest !== 'function') return { hits, invalid };
  for (const selector of selectors) {
    try {
      if (el.closest(selector)) hits.push(selector);
    } catch {
      invalid.push(selector);
    }
  }
  return { hits, invalid };
}
