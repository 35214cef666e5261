// The DevTools-protocol figures the bench reads from a page: CPU throttling and the
// JS heap after a forced garbage collection.
import type { CDPSession, Page } from 'playwright-core';

/** DESIGN §9's setting: a mid-range phone is roughly a desktop CPU slowed 4×. */
export const CPU_THROTTLE = 4;

/** A CDP session on `page` with the Performance domain on and the CPU throttled. */
export async function openCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
  return cdp;
}

async function metric(cdp: CDPSession, name: string): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const found = metrics.find((m) => m.name === name);
  if (!found) throw new Error(`Performance.getMetrics has no ${name}`);
  return found.value;
}

/** JS heap in use after a full GC, in bytes: what the page keeps, not what it churned. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.disable');
  return metric(cdp, 'JSHeapUsedSize');
}

/** JS heap in use right now (no GC), in bytes: for sampling a peak while work runs. */
export function heapNow(cdp: CDPSession): Promise<number> {
  return metric(cdp, 'JSHeapUsedSize');
}
