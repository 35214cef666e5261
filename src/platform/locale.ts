// The locale to ask in, read from the page: the only place that looks at `<html lang>` and
// the browser's language.
/**
 * The locale to ask in: the configured one, else `<html lang>`, else the browser's, else English.
 *
 * @example
 * pageLocale('auto', document); // 'fr-CA' on <html lang="fr-CA">
 */
export function pageLocale(configured: string, doc: Document | undefined): string {
  const candidates =
    configured !== 'auto'
      ? [configured]
      : [
          doc?.documentElement?.lang,
          typeof navigator === 'undefined' ? undefined : navigator.language,
        ];
  for (const c of candidates) {
    // `<html lang="FR-ca">` and `en_US` are common in the wild: canonicalise to BCP 47.
    const tag = c?.trim().replace(/_/g, '-');
    if (!tag) continue;
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // not a BCP 47 tag: try the next source
    }
  }
  return 'en';
}
