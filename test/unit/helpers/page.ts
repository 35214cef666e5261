// Helpers to reach into the prompt's open shadow root the way a user (or Playwright) would.
import { within } from '@testing-library/dom';
import { afterEach } from 'vitest';
import { HOST_TAG } from '../../../src/ui/mount';

// The prompt may mount on <html> (src/ui/mount-point.ts), outside the <body> the unit setup
// empties between tests: any file that uses these helpers also removes prompts left open.
afterEach(() => {
  for (const host of document.querySelectorAll(HOST_TAG)) host.remove();
});

/** The prompt's shadow root, or throws if no prompt is on the page. */
export function promptRoot(): ShadowRoot {
  const host = document.querySelector(HOST_TAG);
  if (!host?.shadowRoot) throw new Error('no prompt on the page');
  return host.shadowRoot;
}

/** Testing Library queries scoped to the prompt's card (Testing Library takes an element). */
export function prompt() {
  const card = promptRoot().querySelector<HTMLElement>('.wp-card');
  if (!card) throw new Error('the prompt has no card');
  return within(card);
}

/** Waits until `check` stops throwing (polls on real timers). */
export async function until<T>(check: () => T | Promise<T>, timeoutMs = 5000): Promise<T> {
  const start = Date.now();
  for (;;) {
    try {
      return await check();
    } catch (e) {
      if (Date.now() - start > timeoutMs) throw e;
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
