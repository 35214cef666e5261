// Answering click → durable, in a fresh profile with the CPU throttled: from the Send click's
// event time stamp to the `answer` event (fired after the IndexedDB write) and to the record
// reading back from the `waypoint` database. Trusted clicks through Playwright.
import { launch } from '../browser/chromium.ts';
import { openCdp } from './chromium-metrics.ts';

const TIMEOUT_MS = 30_000;

export interface AnswerFigures {
  /** Send click → `answer` event (ms). */
  toAnswerEventMs: number;
  /** Send click → the record read back from IndexedDB (ms). */
  toReadableMs: number;
}

type Bench = Window & {
  __benchVisibleAt?: number;
  __benchSendAt?: number;
  __benchAnswerAt?: number;
  __benchReadableAt?: number;
  __benchReadMissing?: boolean;
};

/** One answer in a fresh browser. */
export async function measureAnswer(origin: string): Promise<AnswerFigures> {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    // Hold the collector's answers back, so the flush that follows an answer cannot delete
    // the record before the page has read it back.
    await page.route('**/v1/events', async (route) => {
      await new Promise((r) => setTimeout(r, 3000));
      await route.continue().catch(() => undefined);
    });
    await openCdp(page);
    await page.goto(`${origin}/answer.html`, { timeout: TIMEOUT_MS });
    await page.waitForFunction(() => (window as Bench).__benchVisibleAt !== undefined, null, {
      polling: 50,
      timeout: TIMEOUT_MS,
    });
    const card = page.locator('waypoint-prompt');
    await card.getByRole('radio', { name: '4', exact: true }).check();
    await card.getByRole('button', { name: 'Send' }).click();
    await page.waitForFunction(
      () => {
        const w = window as Bench;
        return w.__benchReadableAt !== undefined || w.__benchReadMissing === true;
      },
      null,
      { polling: 50, timeout: TIMEOUT_MS },
    );
    const t = await page.evaluate(() => {
      const w = window as Bench;
      return {
        send: w.__benchSendAt ?? Number.NaN,
        answer: w.__benchAnswerAt ?? Number.NaN,
        readable: w.__benchReadableAt ?? Number.NaN,
        missing: w.__benchReadMissing === true,
      };
    });
    if (t.missing) throw new Error('the answered record was not in the waypoint IndexedDB queue');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    return { toAnswerEventMs: t.answer - t.send, toReadableMs: t.readable - t.send };
  } finally {
    await browser.close();
  }
}
