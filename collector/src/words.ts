// The customers' words, summarised on the collector itself (nothing is sent anywhere): each
// text is cut into words by the locale's rules (Intl.Segmenter), lower-cased, and the words of
// the locale's stop-word list (stopwords-iso, one well-kept list per language) are dropped.
import { createRequire } from 'node:module';
import type { TermCount } from './cell-types.ts';

let lists: Record<string, string[]> | undefined;
const stopSets = new Map<string, Set<string>>();
const segmenters = new Map<string, Intl.Segmenter>();

/** The lists, read on first use; the package's entry is a JSON file, so `require` reads it. */
function stopLists(): Record<string, string[]> {
  lists ??= createRequire(import.meta.url)('stopwords-iso') as Record<string, string[]>;
  return lists;
}

/** 'fr-CA' → 'fr'; no locale, or one without a list, reads as English (the SDK's default). */
function languageOf(locale: string | null | undefined): string {
  const language = (locale ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  return Object.hasOwn(stopLists(), language) ? language : 'en';
}

function stopWords(language: string): Set<string> {
  let set = stopSets.get(language);
  if (!set) {
    set = new Set((stopLists()[language] ?? []).map((word) => normalise(word)));
    stopSets.set(language, set);
  }
  return set;
}

function segmenter(language: string): Intl.Segmenter {
  let found = segmenters.get(language);
  if (!found) {
    found = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, found);
  }
  return found;
}

/** One spelling per term: composed (NFC) and lower-cased, so 'Café' and 'café' are one. */
export function normalise(word: string): string {
  return word.normalize('NFC').toLowerCase();
}

/**
 * The meaningful terms of one text, each once: its words less stop words, numbers and single
 * letters; a word with an apostrophe counts by its parts ("l'arrivée" → "arrivée").
 *
 * @example
 * termsOf('The delivery was late, very late.', 'en'); // → ['delivery', 'late']
 */
export function termsOf(text: string, locale: string | null | undefined): string[] {
  const language = languageOf(locale);
  const stop = stopWords(language);
  const terms = new Set<string>();
  const keep = (term: string) =>
    [...term].length >= 2 && !/^\p{N}+$/u.test(term) && !stop.has(term);
  for (const { segment, isWordLike } of segmenter(language).segment(text)) {
    if (!isWordLike) continue;
    const word = normalise(segment);
    if (!keep(word)) continue;
    // ICU keeps an elision in one word ("c'est", "customer's"): the parts are the terms.
    const parts = word.split(/['’]/).filter(keep);
    for (const term of parts) terms.add(term);
  }
  return [...terms];
}

/**
 * Counts in how many texts each term appears and returns the `limit` most used, ties in
 * alphabetical order so both databases give the same list.
 *
 * @example
 * topTerms([{ text: 'late delivery', locale: 'en' }, { text: 'Late again', locale: 'en' }], 2);
 * // → [{ term: 'late', count: 2 }, { term: 'delivery', count: 1 }]
 */
export function topTerms(
  texts: ReadonlyArray<{ text: string; locale: string | null | undefined }>,
  limit: number,
): TermCount[] {
  const counts = new Map<string, number>();
  for (const { text, locale } of texts) {
    for (const term of termsOf(text, locale)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts]
    .map(([term, count]) => ({ term, count }))
    .sort((a, b) => b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
    .slice(0, limit);
}
