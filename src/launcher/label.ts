/**
 * The launcher tab's label: the config's own, in the page's locale, else "Feedback" in the
 * shipped language. The tab is drawn without the language chunks, so these five words are all
 * of the UI text the launcher's chunk carries.
 */
import { localize } from '../config/localize';
import type { LocalizedText } from '../config/schema';
import { type Language, languageFor } from '../model/languages';

const FEEDBACK: Record<Language, string> = {
  en: 'Feedback',
  fr: 'Votre avis',
  de: 'Feedback',
  es: 'Opiniones',
  ar: 'رأيك',
};

export function launcherLabel(label: LocalizedText | undefined, locale: string): string {
  return localize(label, locale) ?? FEEDBACK[languageFor(locale)];
}
