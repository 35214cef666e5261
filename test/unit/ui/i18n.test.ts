import { describe, expect, it } from 'vitest';
import { QUALITIES } from '../../../src/model/qualities';
import { en } from '../../../src/ui/i18n/en';
import { fill, fillNodes, list, plural } from '../../../src/ui/i18n/format';
import { stringsFor, UI_LOCALES } from '../../../src/ui/i18n/locales';

/** Every string of a locale, by its path ("fields.page"), so locales compare key by key. */
function flatten(value: unknown, path = ''): Record<string, string> {
  if (typeof value === 'string') return { [path]: value };
  return Object.assign(
    {},
    ...Object.entries(value as object).map(([k, v]) => flatten(v, path ? `${path}.${k}` : k)),
  );
}
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI locales', () => {
  it('are English plus at least four more, one of them right to left', () => {
    expect(UI_LOCALES).toEqual(expect.arrayContaining(['en', 'fr', 'de', 'es', 'ar']));
    expect(UI_LOCALES.filter((l) => stringsFor(l).dir === 'rtl')).toEqual(['ar']);
  });

  it.each(UI_LOCALES)('%s has every English key, none empty, with the same placeholders', (l) => {
    const strings = stringsFor(l);
    expect(strings.lang).toBe(l);
    const mine = flatten(strings);
    const english = flatten(en);
    for (const key of Object.keys(english)) {
      if (key.startsWith('charsLeft.')) continue; // plural categories differ by language
      expect(mine[key], key).toBeTruthy();
      expect(mine[key]?.trim(), key).toBe(mine[key]);
      expect(placeholders(mine[key] ?? ''), key).toEqual(placeholders(english[key] ?? ''));
    }
    expect(strings.charsLeft.other).toContain('{n}');
    expect(strings.emoji).toHaveLength(5);
    expect(Object.keys(strings.qualityNames).sort()).toEqual([...QUALITIES].sort());
    expect(Object.keys(strings.qualities).sort()).toEqual([...QUALITIES].sort());
  });

  it.each(UI_LOCALES.filter((l) => l !== 'en'))('%s is translated, not copied', (l) => {
    const s = stringsFor(l);
    for (const key of ['send', 'notNow', 'optOut', 'why', 'sent', 'savedOffline'] as const) {
      expect(s[key], key).not.toBe(en[key]);
    }
  });
});

describe('survey progress', () => {
  it.each([
    ['en', '2 of 3'],
    ['fr', '2 sur 3'],
    ['de', '2 von 3'],
    ['es', '2 de 3'],
    ['ar', '2 من 3'],
  ])('reads "%s" as %s', (l, text) => {
    expect(fill(stringsFor(l).progress, { step: 2, steps: 3 })).toBe(text);
  });
});

describe('stringsFor', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-CA', 'fr'],
    ['DE-at', 'de'],
    ['es_MX', 'es'],
    ['ar-EG', 'ar'],
    ['pt-BR', 'en'],
    ['', 'en'],
  ])('picks %j → %s', (locale, lang) => {
    expect(stringsFor(locale).lang).toBe(lang);
  });
});

describe('formatting', () => {
  it('fills placeholders with text, leaving unknown ones as they are', () => {
    expect(fill('{n} of {m} – {x}', { n: 1, m: '<b>2</b>' })).toBe('1 of <b>2</b> – {x}');
  });

  it('fills placeholders with nodes for rendering', () => {
    const node = { type: 'bdi' };
    expect(fillNodes('Sent to: {host}.', { host: node as never })).toEqual([
      'Sent to: ',
      node,
      '.',
    ]);
  });

  it('picks plural forms by language, falling back to "other"', () => {
    const m = { one: '{n} thing', other: '{n} things' };
    expect(plural(m, 1, 'en')).toBe('1 thing');
    expect(plural(m, 0, 'en')).toBe('0 things');
    expect(plural(m, 0, 'fr')).toBe('0 thing'); // French counts 0 as singular
    expect(plural(m, 1, 'not a tag!')).toBe('1 things');
  });

  it('joins lists the way each language does', () => {
    expect(list(['a', 'b', 'c'], 'en')).toBe('a, b, and c');
    expect(list(['a', 'b', 'c'], 'fr')).toBe('a, b et c');
  });
});
