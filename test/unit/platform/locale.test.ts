// The locale to ask in: the configured one, else the page's, else the browser's, else English,
// canonicalised, because `<html lang="FR-ca">` and `en_US` are common in the wild.
import { afterEach, describe, expect, it } from 'vitest';
import { pageLocale } from '../../../src/platform/locale';

const docWithLang = (lang: string) => ({ documentElement: { lang } }) as unknown as Document;

describe('pageLocale', () => {
  afterEach(() => {
    document.documentElement.lang = '';
  });

  it('takes the configured locale over the page', () => {
    expect(pageLocale('de', docWithLang('fr'))).toBe('de');
  });

  it('reads <html lang> on auto, canonicalised', () => {
    expect(pageLocale('auto', docWithLang('FR-ca'))).toBe('fr-CA');
    expect(pageLocale('auto', docWithLang('en_US'))).toBe('en-US');
  });

  it('skips a tag that is not BCP 47 and falls back to the browser, then English', () => {
    const browser = pageLocale('auto', docWithLang('not a tag!'));
    expect(browser).toBe(Intl.getCanonicalLocales(navigator.language)[0] ?? 'en');
    expect(pageLocale('x@y', undefined)).toBe('en');
  });
});
