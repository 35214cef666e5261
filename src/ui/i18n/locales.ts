/**
 * Every locale's strings in one table, for tests and tools. The card itself gets its strings
 * from the one language file it loaded (its `pack`), never from this table.
 */
import { type Language, languageFor } from '../../model/languages';
import { ar } from './ar';
import { de } from './de';
import { en, type Strings } from './en';
import { es } from './es';
import { fr } from './fr';

const LOCALES: Record<Language, Strings> = { en, fr, de, es, ar };

/** The locale tags the UI has strings for. */
export const UI_LOCALES = Object.keys(LOCALES);

/** The UI strings for `locale`, falling back to English. */
export function stringsFor(locale: string): Strings {
  return LOCALES[languageFor(locale)];
}
