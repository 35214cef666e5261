// Waits until the script tag's core has taken over `window.waypoint` and, when it says so, is
// ready (the `ready` event, recorded by the page as `__benchReady`). A build whose core no
// longer emits `ready` on a page with nothing due still gets measured: the wait then ends
// once the command function is installed and a grace period has passed.
import type { Page } from 'playwright-core';

const GRACE_MS = 3000;

type Host = Window & { __benchReady?: boolean; waypoint?: { loaded?: boolean } };

export async function coreReady(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as Host).waypoint?.loaded === true, null, {
    polling: 50,
  });
  await page
    .waitForFunction(() => (window as Host).__benchReady === true, null, {
      polling: 50,
      timeout: GRACE_MS,
    })
    .catch(() => undefined);
}
