/**
 * The languages the card and the question bank ship in, and how a page's locale picks one:
 * the exact tag, then its language, case-insensitively (`pt-BR`, `ar-EG`, `EN-us`), then English.
 */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'ar'] as const;

/** One shipped language. */
export type Language = (typeof LANGUAGES)[number];

/** The shipped language to show `locale` in. */
export function languageFor(locale: string): Language {
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  const has = (l: string | undefined): l is Language => LANGUAGES.includes(l as Language);
  if (has(tag)) return tag;
  const base = tag.split('-')[0];
  return has(base) ? base : 'en';
}
