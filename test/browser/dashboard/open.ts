// The dashboard opened as its owner opens it, in a new tab of the test's browser: signed in by
// the token in the fragment (as `npm run demo` prints it), with page errors, console errors and
// CSP violations collected, so that a test can expect none.
import type { BrowserContext, Page } from 'playwright-core';
import type { Scenario } from '../serve';

export interface OpenDashboard {
  /** The query after `/dashboard`, e.g. `?from=2026-11-01`. */
  search?: string;
  viewport?: { width: number; height: number };
  /** False: no token, the sign-in form. */
  signedIn?: boolean;
}

/** @example const { page, problems } = await openDashboard(browser.context, scenario.demo); */
export async function openDashboard(
  context: BrowserContext,
  demo: Scenario['demo'],
  { search = '', viewport = { width: 1280, height: 900 }, signedIn = true }: OpenDashboard = {},
): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const fragment = signedIn ? `#token=${demo.readToken}` : '';
  await page.goto(`${demo.url}/dashboard${search}${fragment}`);
  if (signedIn) await page.locator('#summary:not([hidden])').waitFor();
  return { page, problems };
}
