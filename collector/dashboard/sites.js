// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The sites the collector has seen (GET /v1/sites): the site filter's options and the page's
// title. The dashboard carries no site's name of its own.

/** @typedef {{ site: string, lastReceived: string }} SiteSeen as GET /v1/sites lists it */

/**
 * Adds one option per site to the filter, selecting `wanted` when it is one of them.
 *
 * @example
 * fillSiteFilter(select, [{ site: 'shop', lastReceived: '…' }], 'shop');
 * @param {HTMLSelectElement} select
 * @param {SiteSeen[]} sites
 * @param {string | null} wanted
 */
export function fillSiteFilter(select, sites, wanted) {
  select.append(...sites.map(({ site }) => new Option(site, site, false, site === wanted)));
}

/**
 * What the page is about: the chosen site, else the only site seen, else every site.
 *
 * @param {SiteSeen[]} sites
 * @param {string} chosen
 */
export function siteTitle(sites, chosen) {
  if (chosen) return chosen;
  if (sites.length === 1) return /** @type {SiteSeen} */ (sites[0]).site;
  return sites.length === 0 ? 'No site yet' : `All ${sites.length} sites`;
}
