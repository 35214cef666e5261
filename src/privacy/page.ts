/**
 * What of the page URL goes into an event: the path only, never the query string or the
 * fragment, which often carry tokens, e-mail addresses and search terms (DESIGN §6).
 */
export function pagePath(href: string | undefined): string {
  if (!href) return '';
  try {
    return new URL(href).pathname;
  } catch {
    return '';
  }
}
