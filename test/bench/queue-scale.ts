// The queue at scale, in real Chromium (CPU throttled) against the demo's SQLite collector:
// 10,000 events queued by an earlier page are flushed by the next one; and the host page's
// input latency while 1,000 events flush, beside the same page with an empty queue.
import type { Page } from 'playwright-core';
import { launch } from '../browser/chromium.ts';
import { heapNow, openCdp } from './chromium-metrics.ts';
import { coreReady } from './core-ready.ts';
import { seedQueue } from './queue-seed.ts';
import type { BenchServer } from './server.ts';
import { type Spread, spread } from './stats.ts';

/** Past this the flush is reported as far as it got, so the bench stays bounded. */
const FLUSH_CAP_MS = 120_000;
const SAMPLE_MS = 250;
const CLICKS = 30;

export interface FlushFigures {
  queued: number;
  delivered: number;
  seconds: number;
  eventsPerSecond: number;
  requests: number;
  peakHeapBytes: number;
  /** True when the cap ended the run before everything was delivered. */
  capped: boolean;
}

export interface LatencyFigures {
  idle: Spread;
  flushing: Spread;
  /** Of the 1,000, how many were still undelivered at the last click (0: the flush ended first). */
  undeliveredAtLastClick: number;
}

type Bench = Window & { __benchLatencies?: number[] };

/** Opens a fresh profile, queues `count` records (ids from `firstId`) and loads queue.html. */
async function openSeeded(server: BenchServer, count: number, firstId: number) {
  const browser = await launch();
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(`${server.url}/seed.html`);
  if (count) await seedQueue(page, count, firstId);
  const cdp = await openCdp(page);
  const storedBefore = server.store.count();
  const postsBefore = server.collectorPosts();
  const started = performance.now();
  await page.goto(`${server.url}/queue.html`);
  return {
    browser,
    page,
    cdp,
    started,
    delivered: () => server.store.count() - storedBefore,
    requests: () => server.collectorPosts() - postsBefore,
  };
}

/** Queues `count` events, opens the widget's page and times until the collector has them all. */
export async function flushAtScale(server: BenchServer, count: number): Promise<FlushFigures> {
  const run = await openSeeded(server, count, 0);
  try {
    let peak = 0;
    let now = performance.now();
    while (run.delivered() < count && now - run.started < FLUSH_CAP_MS) {
      peak = Math.max(peak, await heapNow(run.cdp));
      await run.page.waitForTimeout(SAMPLE_MS);
      now = performance.now();
    }
    const delivered = run.delivered();
    const seconds = (performance.now() - run.started) / 1000;
    return {
      queued: count,
      delivered,
      seconds,
      eventsPerSecond: delivered / seconds,
      requests: run.requests(),
      peakHeapBytes: peak,
      capped: delivered < count,
    };
  } finally {
    await run.browser.close();
  }
}

async function clickAndRead(page: Page, keepGoing: () => boolean): Promise<number[]> {
  // Raw mouse clicks at the button's centre: `page.click` first runs actionability checks in
  // the throttled page, which would leave room for only a few clicks while 1,000 events flush.
  const box = await page.locator('#host-button').boundingBox();
  if (!box) throw new Error('the host button is not laid out');
  for (let i = 0; i < CLICKS && keepGoing(); i++) {
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300); // the last click's paint
  return page.evaluate(() => (window as Bench).__benchLatencies ?? []);
}

/** Click → next paint on the host's own button: with an empty queue, then while 1,000 flush. */
export async function inputLatency(server: BenchServer, firstId: number): Promise<LatencyFigures> {
  const idleRun = await openSeeded(server, 0, 0);
  let idle: number[];
  try {
    await coreReady(idleRun.page);
    await idleRun.page.waitForTimeout(1000);
    idle = await clickAndRead(idleRun.page, () => true);
  } finally {
    await idleRun.browser.close();
  }
  const count = 1000;
  const busy = await openSeeded(server, count, firstId);
  try {
    // Clicks start as soon as the first batch is on its way, and stop once all are delivered.
    await coreReady(busy.page);
    let undelivered = count;
    const flushing = await clickAndRead(busy.page, () => {
      undelivered = count - busy.delivered();
      return undelivered > 0;
    });
    return { idle: spread(idle), flushing: spread(flushing), undeliveredAtLastClick: undelivered };
  } finally {
    await busy.browser.close();
  }
}
