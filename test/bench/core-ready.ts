// Waits until the script tag's core has taken over `window.waypoint` and, when it says so, is
// ready (the page records the `ready` event as `__benchReady`).
import type { Page } from 'playwright-core';

// A core that no longer emits `ready` on a page with nothing due is still measured: the wait
// ends this long after the command function is installed.
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
