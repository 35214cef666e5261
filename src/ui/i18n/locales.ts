/**
 * The locales the prompt ships, and how a page's locale picks one: the exact tag, then its
 * language, case-insensitively (`pt-BR`, `ar-EG`, `EN-us`), then English.
 */
import { ar } from './ar';
import { de } from './de';
import { en, type Strings } from './en';
import { es } from './es';
import { fr } from './fr';

const LOCALES: Record<string, Strings> = { en, fr, de, es, ar };

/** The locale tags the UI has strings for. */
export const UI_LOCALES = Object.keys(LOCALES);

/** The UI strings for `locale`, falling back to English. */
export function stringsFor(locale: string): Strings {
  const tag = locale.trim().toLowerCase().replace(/_/g, '-');
  return LOCALES[tag] ?? LOCALES[tag.split('-')[0] ?? ''] ?? en;
}
