// One measured page load: a fresh browser profile, the CPU throttled, a trace around the
// navigation, then the scenario's figures. A repeat view loads a warm-up page first.
import type { CDPSession, Page } from 'playwright-core';
import { launch } from '../browser/chromium.ts';
import { brotliSize } from './bytes.ts';
import { heapAfterGc, openCdp } from './chromium-metrics.ts';
import { coreReady } from './core-ready.ts';
import { isWaypointUi, type Scenario, type View } from './scenarios.ts';
import { startTrace } from './trace.ts';
import { analyseTrace, type TraceFigures } from './trace-figures.ts';

/** Quiet time after "loaded", the same for every scenario (blank too), so deferred work counts. */
export const SETTLE_MS = 1500;
/** A fresh browser's own start-up (network and storage services) settles before the load. */
const LAUNCH_SETTLE_MS = 500;
const TIMEOUT_MS = 30_000;

export interface LoadFigures extends TraceFigures {
  /** Brotli-11 bytes of the widget responses. */
  bytes: number;
  /** Widget files requested (URL paths). */
  files: string[];
  uiFetched: boolean;
  heapBytes: number;
  /** Prompt only: trigger → visible on this cold load, and with a warm HTTP cache. */
  coldAskToVisibleMs?: number;
  warmAtLoadMs?: number;
  warmLaterMs?: number;
}

type Bench = Window & {
  __benchVisibleAt?: number;
  __benchAskAt?: number;
  __benchAsk?: () => void;
};

/** Loads `scenario` once in a fresh browser, as the `view` says, and reads its figures. */
export async function measureLoad(
  origin: string,
  scenario: Scenario,
  view: View,
): Promise<LoadFigures> {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const cdp = await openCdp(page);
    const bodies: Array<Promise<{ path: string; body?: Buffer; error?: string }>> = [];
    page.on('response', (res) => {
      const path = new URL(res.url()).pathname;
      if (res.request().method() === 'GET' && scenario.isWidget(path))
        bodies.push(
          res.body().then(
            (body) => ({ path, body }),
            // Caught at once (an unawaited rejection would end the process); fails the run below.
            (e: unknown) => ({ path, body: undefined, error: String(e) }),
          ),
        );
    });
    await page.waitForTimeout(LAUNCH_SETTLE_MS);
    if (view === 'repeat') {
      for (const warmup of [scenario.warmup].flat()) {
        await page.goto(origin + warmup, { waitUntil: 'load', timeout: TIMEOUT_MS });
        await page.waitForTimeout(SETTLE_MS);
      }
      await Promise.all(bodies.splice(0)); // the warm-up's files are not this load's
    }
    const stopTrace = await startTrace(cdp);
    await page.goto(origin + scenario.page, { waitUntil: 'load', timeout: TIMEOUT_MS });
    if (scenario.waitFor === 'visible') await visible(cdp);
    await page.waitForTimeout(SETTLE_MS);
    // The trace ends before the forced garbage collection, so the GC is not the page's task.
    const trace = analyseTrace(await stopTrace(), origin, (url) =>
      scenario.isWidget(new URL(url).pathname),
    );
    const heapBytes = await heapAfterGc(cdp);
    // Compressed only now: brotli 11 of PostHog's 380 KB takes this process a second of CPU.
    const fetched = await Promise.all(bodies);
    const unread = fetched.find((f) => !f.body);
    if (unread) throw new Error(`could not read the body of ${unread.path}: ${unread.error}`);
    const figures: LoadFigures = {
      ...trace,
      bytes: fetched.reduce((n, f) => n + brotliSize(f.body as Buffer), 0),
      files: fetched.map((f) => f.path),
      uiFetched: fetched.some((f) => isWaypointUi(f.path)),
      heapBytes,
    };
    if (scenario.id === 'prompt') {
      figures.coldAskToVisibleMs = await askToVisible(page);
      if (view === 'repeat') Object.assign(figures, await warmPrompt(page, cdp, origin));
    }
    await cdp.detach();
    return figures;
  } finally {
    await browser.close();
  }
}

/**
 * Waits for the probe's visible stamp through the DevTools protocol: a raw `Runtime.evaluate`
 * of the probe's promise puts nothing of Playwright's in the page (its `waitForFunction` injects
 * a 330 KB script, whose compile, heap and polling the trace and heap would count).
 */
async function visible(cdp: CDPSession): Promise<void> {
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`not visible within ${TIMEOUT_MS} ms`)), TIMEOUT_MS).unref(),
  );
  const r = await Promise.race([
    cdp.send('Runtime.evaluate', { expression: 'window.__benchVisible', awaitPromise: true }),
    timeout,
  ]);
  if (r.exceptionDetails) throw new Error(`the probe failed: ${r.exceptionDetails.text}`);
}

const askToVisible = (page: Page) =>
  page.evaluate(() => {
    const w = window as Bench;
    return (w.__benchVisibleAt as number) - (w.__benchAskAt as number);
  });

/**
 * Trigger → visible with a warm HTTP cache, in the profile that just showed the prompt: the
 * same page again (asked at load), then a page whose core is ready before `ask` is called.
 */
async function warmPrompt(page: Page, cdp: CDPSession, origin: string) {
  await page.goto(`${origin}/prompt.html`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await visible(cdp);
  const warmAtLoadMs = await askToVisible(page);
  await page.goto(`${origin}/later.html`, { waitUntil: 'load', timeout: TIMEOUT_MS });
  await coreReady(page);
  await page.waitForTimeout(500); // let start-up work finish: this is about the trigger alone
  await page.evaluate(() => (window as Bench).__benchAsk?.());
  await visible(cdp);
  return { warmAtLoadMs, warmLaterMs: await askToVisible(page) };
}
