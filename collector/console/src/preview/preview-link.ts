// Preview links: a page of the owner's site with `#waypoint-preview=<id>`, where the tag draws
// that question or survey at once and records nothing. The page is the owner's to name (the
// collector knows no page of the site); it is kept per site, being no secret, across tabs.
const KEY = 'waypoint-console-preview-page:';

/**
 * The preview link for item `id` on `page`, or why `page` cannot carry one. Ids are letters,
 * digits, "-", "_" and ".", so they need no escaping in a fragment.
 *
 * @example
 * previewLink('https://shop.example/cart', 'nps');
 * // → { ok: true, link: 'https://shop.example/cart#waypoint-preview=nps' }
 */
export function previewLink(
  page: string,
  id: string,
): { ok: true; link: string } | { ok: false; problem: string } {
  const problem = 'a page address starts with https:// (or http://), e.g. https://shop.example/';
  let url: URL;
  try {
    url = new URL(page.trim());
  } catch {
    return { ok: false, problem };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, problem };
  url.hash = `waypoint-preview=${id}`;
  return { ok: true, link: url.href };
}

/** The page address last given for `site`, or ''. */
export function keptPage(site: string): string {
  try {
    return localStorage.getItem(KEY + site) ?? '';
  } catch {
    return '';
  }
}

export function keepPage(site: string, page: string): void {
  try {
    if (page) localStorage.setItem(KEY + site, page);
    else localStorage.removeItem(KEY + site);
  } catch {
    // Storage refused (a private mode): the address lasts as long as the page.
  }
}
