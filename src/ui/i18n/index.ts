import { en, type Strings } from './en';

export type { Strings } from './en';

const LOCALES: Record<string, Strings> = { en };

/** The UI strings for `locale` (exact, then language), falling back to English. */
export function stringsFor(locale: string): Strings {
  return LOCALES[locale] ?? LOCALES[locale.split('-')[0] ?? ''] ?? en;
}

/** Fills `{name}` placeholders. Values are plain text; rendering keeps them text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
