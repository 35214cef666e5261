/**
 * Picks the right string from a config text (a string, or a map of locale → string): the exact
 * locale, then its language (`pt` for `pt-BR`), then English, then the first one given.
 */
import type { LocalizedText } from './schema';

export function localize(text: LocalizedText, locale: string): string;
export function localize(text: LocalizedText | undefined, locale: string): string | undefined;
export function localize(text: LocalizedText | undefined, locale: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  const lang = locale.split('-')[0] ?? locale;
  return text[locale] ?? text[lang] ?? text.en ?? Object.values(text)[0];
}
