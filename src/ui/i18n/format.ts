/**
 * Filling localised templates. Values stay values: strings are rendered as text nodes and
 * nodes as nodes, so config text can never become markup (DESIGN §6).
 */
import type { ComponentChildren } from 'preact';
import type { Plural } from './en';

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills `{name}` placeholders with plain text. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(PLACEHOLDER, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** Fills `{name}` placeholders with nodes (e.g. a `<bdi>` around a host name) for rendering. */
export function fillNodes(
  template: string,
  values: Record<string, ComponentChildren>,
): ComponentChildren[] {
  // Splitting on a capturing pattern puts each placeholder's name at an odd index.
  return template
    .split(PLACEHOLDER)
    .map((part, i) => (i % 2 ? (part in values ? values[part] : `{${part}}`) : part))
    .filter((part) => part !== '');
}

/** The message for `n` in `lang`'s plural category (Arabic has six), with `{n}` filled. */
export function plural(messages: Plural, n: number, lang: string): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(lang).select(n);
  } catch {
    // An unknown tag or a browser without PluralRules: "other" is always present.
  }
  return fill(messages[category] ?? messages.other, { n });
}

/** "a, b and c" in `lang` (`Intl.ListFormat`), or comma-joined where the browser lacks it. */
export function list(items: string[], lang: string): string {
  try {
    return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}
