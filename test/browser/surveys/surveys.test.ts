// Surveys in real Chromium against the built script tag: steps and branches, partial responses
// kept when the customer leaves, inline cards, the launcher by mouse and keyboard, audiences on
// traits, and axe-core on every new surface.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../collector/src/event';
import { launch } from '../chromium';
import { openPage, runAxe, type Scenario, screenshot } from '../prompt-support/harness';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
let down = false;
const suite = useScenario('test/browser/surveys', {
  rateLimit: false,
  outage: () => (down ? 503 : undefined),
});
const s: Scenario = {
  get demo() {
    return suite.demo;
  },
  get context() {
    return suite.context;
  },
  close: async () => undefined,
};

const command = (page: Page, ...args: unknown[]) =>
  page.evaluate(
    (a) => (window as unknown as { waypoint(...x: unknown[]): unknown }).waypoint(...a),
    args,
  );

/** Stored events of this scenario's site for `survey`, oldest first. */
function eventsOf(type: string, match: (e: StoredEvent) => boolean = () => true) {
  return s.demo.store
    .list({ type })
    .filter(match)
    .sort((a, b) => a.time.localeCompare(b.time));
}

const responseOf = (e: StoredEvent) =>
  (e.data as { response?: { id: string; step: number; steps: number; complete: boolean } })
    .response;

const triggerOf = (e: StoredEvent) => (e.data.context as { trigger?: string } | undefined)?.trigger;
const answerOf = (e: StoredEvent) => (e.data.answer as { value?: unknown } | undefined)?.value;

/** Widget files the page fetches, by name. */
function watchFetches(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (r) => {
    const file = new URL(r.url()).pathname.slice(1);
    if (/^waypoint.*\.js$/.test(file)) fetched.push(file);
  });
  return fetched;
}

const card = (page: Page) => page.locator('waypoint-prompt:not([data-inline])');

describe('a survey in real Chromium', () => {
  it('walks three steps with a branch: one response id, in order, the skipped step absent', async () => {
    const { page, problems } = await openPage(s, '/');
    const before = eventsOf('waypoint.answer').length;
    command(page, 'track', 'order_placed');
    const c = card(page);
    await c.getByRole('radio', { name: '6' }).check(WAIT); // easy enough: skip the obstacles step
    await expect.poll(() => c.locator('.wp-card').textContent(), WAIT).toMatch(/1\D+3/);
    await c.getByRole('button', { name: 'Send' }).click();
    await c.getByRole('radio', { name: '9' }).check(WAIT); // the NPS step, third of three
    await expect.poll(() => c.locator('.wp-card').textContent(), WAIT).toMatch(/3\D+3/);
    await c.getByRole('button', { name: 'Send' }).click();
    // "Thank you!" while stored, "Thank you — sent." once delivered: either is the end.
    await c
      .getByText(/^Thank you/)
      .first()
      .waitFor(WAIT);
    await command(page, 'flush');
    await expect.poll(() => eventsOf('waypoint.answer').length - before, WAIT).toBe(2);

    const answers = eventsOf('waypoint.answer').slice(before);
    expect(answers.map((e) => e.subject)).toEqual(['preventive-effort', 'advocate-nps']);
    const [first, last] = answers.map(responseOf);
    expect(first).toMatchObject({ survey: 'checkout-survey', step: 1, steps: 3, complete: false });
    expect(last).toMatchObject({ survey: 'checkout-survey', step: 3, steps: 3, complete: true });
    expect(last?.id).toBe(first?.id);
    expect(answers.every((e) => triggerOf(e) === 'event:order_placed')).toBe(true);
    const shown = eventsOf('waypoint.prompt.shown', (e) => responseOf(e)?.id === first?.id);
    expect(shown).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps step 1 when the customer dismisses at step 2', async () => {
    const { page, problems } = await openPage(s, '/');
    await command(page, 'ask', 'checkout-survey');
    const c = card(page);
    await c.getByRole('radio', { name: '2' }).check(WAIT); // hard: the obstacles step follows
    await c.getByRole('button', { name: 'Send' }).click();
    await c.getByRole('radio', { name: 'Yes' }).waitFor(WAIT);
    await c.getByRole('button', { name: 'Not now' }).click();
    await command(page, 'flush');
    await expect
      .poll(
        () => eventsOf('waypoint.prompt.dismissed', (e) => responseOf(e)?.step === 2).length,
        WAIT,
      )
      .toBeGreaterThan(0);
    const dismissed = eventsOf('waypoint.prompt.dismissed', (e) => responseOf(e)?.step === 2).at(
      -1,
    );
    const id = dismissed && responseOf(dismissed)?.id;
    const kept = eventsOf('waypoint.answer', (e) => responseOf(e)?.id === id);
    expect(kept.map((e) => [e.subject, responseOf(e)?.step, responseOf(e)?.complete])).toEqual([
      ['preventive-effort', 1, false],
    ]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps step 1 when the customer closes the tab after it', async () => {
    const { page } = await openPage(s, '/');
    down = true; // nothing can be delivered while this page is open: step 1 waits on the device
    await page.evaluate(() => {
      const w = window as unknown as {
        waypoint(...a: unknown[]): void;
        lastResponse?: string;
      };
      w.waypoint('on', 'answer', (e: { response?: { id: string } }) => {
        w.lastResponse = e.response?.id;
      });
    });
    await command(page, 'ask', 'checkout-survey');
    const c = card(page);
    await c.getByRole('radio', { name: '5' }).check(WAIT);
    await c.getByRole('button', { name: 'Send' }).click();
    // Step 3 is on screen: step 1 is stored.
    await c.getByRole('radio', { name: '7' }).waitFor(WAIT);
    const id = await page.evaluate(
      () => (window as unknown as { lastResponse?: string }).lastResponse,
    );
    expect(id).toBeTruthy();
    await page.close({ runBeforeUnload: true });
    // The page-hide send met the outage too.
    expect(eventsOf('waypoint.answer', (e) => responseOf(e)?.id === id)).toEqual([]);
    down = false;
    const next = await openPage(s, '/?stage=aware');
    await command(next.page, 'flush');
    await expect
      .poll(
        () =>
          eventsOf(
            'waypoint.answer',
            (e) => e.subject === 'preventive-effort' && responseOf(e)?.complete === false,
          ).filter((e) => responseOf(e)?.id === id).length,
        WAIT,
      )
      .toBeGreaterThan(0);
    await next.page.close();
  });
});

describe('an inline card in real Chromium', () => {
  it('renders in the page flow inside the element, and its answer is delivered', async () => {
    const { page, problems } = await openPage(s, '/?stage=aware');
    expect(await command(page, 'render', '#slot', 'advocate-nps')).toEqual({ shown: true });
    const host = page.locator('#slot > waypoint-prompt');
    await host.getByRole('radio', { name: '8' }).waitFor(WAIT);
    const layout = await host.evaluate((h) => {
      const card = h.shadowRoot?.querySelector('.wp-card') as HTMLElement;
      const after = document.querySelector('#after') as HTMLElement;
      return {
        host: getComputedStyle(h).position,
        card: getComputedStyle(card).position,
        // In flow: the paragraph after the slot moved down below the card.
        below: after.getBoundingClientRect().top >= card.getBoundingClientRect().bottom - 1,
        optOut: h.shadowRoot?.textContent?.includes("Don't ask me again"),
      };
    });
    expect(layout).toEqual({ host: 'static', card: 'static', below: true, optOut: false });
    await host.getByRole('radio', { name: '8' }).check();
    await host.getByRole('button', { name: 'Send' }).click();
    await command(page, 'flush');
    await expect
      .poll(
        () => eventsOf('waypoint.answer', (e) => triggerOf(e) === 'inline').map((e) => answerOf(e)),
        WAIT,
      )
      .toContain(8);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('goes when its element leaves the page', async () => {
    const { page } = await openPage(s, '/?stage=aware');
    await command(page, 'render', '#slot', 'choice-next');
    await page.locator('#slot waypoint-prompt').getByRole('radio').first().waitFor(WAIT);
    await page.evaluate(() => document.querySelector('#slot')?.remove());
    await expect.poll(() => page.locator('waypoint-prompt').count(), WAIT).toBe(0);
    await page.close();
  });
});

describe('the feedback launcher in real Chromium', () => {
  it("fetches only the core and the launcher's chunk on a page with a launcher and nothing due", async () => {
    // A fresh profile, so nothing other tests queued makes delivery worth loading.
    const fresh = await launch();
    try {
      const url = `${s.demo.url}/?stage=aware&launcher=1`;
      const settle = (page: Page) =>
        page.evaluate(() => new Promise((r) => requestIdleCallback(() => setTimeout(r, 300))));
      const warm = await fresh.context.newPage();
      await warm.goto(url); // the first view checks the config version once
      await warm.locator('waypoint-launcher').waitFor({ state: 'attached', ...WAIT });
      await settle(warm);
      await warm.close();
      const page = await fresh.context.newPage();
      const fetched = watchFetches(page);
      await page.goto(url);
      const tab = page.locator('waypoint-launcher').getByRole('button', { name: 'Feedback' });
      await tab.waitFor(WAIT);
      await settle(page);
      // The runtime, the tab's drawing code and the helpers it shares with the card; no card, no
      // delivery.
      expect(fetched.map((f) => f.replace(/\.[\w-]+\.js$/, '')).sort()).toEqual([
        'waypoint-launcher',
        'waypoint-runtime',
        'waypoint-shared',
        'waypoint.js',
      ]);
      await tab.hover();
      await expect.poll(() => fetched.some((f) => f.startsWith('waypoint-ui.')), WAIT).toBe(true);
    } finally {
      await fresh.close();
    }
  });

  it.each(['mouse', 'keyboard'])('opens the survey by %s and delivers the answer', async (how) => {
    const { page, problems } = await openPage(s, '/?stage=aware&launcher=1');
    const tab = page.locator('waypoint-launcher').getByRole('button', { name: 'Feedback' });
    await tab.waitFor(WAIT);
    if (how === 'mouse') await tab.click();
    else {
      await tab.focus();
      await page.keyboard.press('Enter');
    }
    const c = card(page);
    await c.getByRole('radio', { name: '1' }).waitFor(WAIT);
    // The tab steps aside while its card is open (it would peek out from under it), and focus
    // is in the card, on its title.
    expect(await tab.isVisible()).toBe(false);
    expect(
      await page.evaluate(
        () => document.querySelector('waypoint-prompt')?.shadowRoot?.activeElement?.tagName,
      ),
    ).toBe('H2');
    if (how === 'keyboard') {
      await c.getByRole('radio', { name: '1' }).focus();
      await page.keyboard.press('Space');
    } else await c.getByRole('radio', { name: '1' }).check();
    await c.getByRole('button', { name: 'Send' }).click();
    await c.getByRole('radio', { name: 'Yes' }).waitFor(WAIT);
    await command(page, 'flush');
    await expect
      .poll(
        () =>
          eventsOf('waypoint.answer', (e) => triggerOf(e) === 'launcher' && answerOf(e) === 1)
            .length,
        WAIT,
      )
      .toBeGreaterThan(0);
    // "Not now" on the next step: the card goes, the tab is back, and focus is on it again.
    const notNow = c.getByRole('button', { name: 'Not now' });
    if (how === 'mouse') await notNow.click();
    else {
      await notNow.focus();
      await page.keyboard.press('Enter');
    }
    await tab.waitFor({ state: 'visible', ...WAIT });
    expect(
      await page.evaluate(
        () => document.querySelector('waypoint-launcher')?.shadowRoot?.activeElement?.textContent,
      ),
    ).toBe('Feedback');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('an audience in real Chromium', () => {
  it('shows a plan: pro question only after identify with that trait', async () => {
    const { page } = await openPage(s, '/');
    await command(page, 'track', 'plan_viewed');
    await page.waitForTimeout(800);
    expect(await card(page).count()).toBe(0);
    await command(page, 'identify', 'user-7', { plan: 'pro' });
    await command(page, 'track', 'plan_viewed');
    // By its heading: the card's live region says the same words 50 ms after a paint.
    await card(page)
      .getByRole('heading', { name: 'How clear is your Pro plan’s pricing?' })
      .waitFor(WAIT);
    await page.close();
  });
});

describe('axe-core on the new surfaces', () => {
  const CASES = ['light', 'dark'].flatMap((theme) => ['en', 'ar'].map((lang) => ({ theme, lang })));

  it.each(CASES)('every survey step, $theme, $lang: no violations', async ({ theme, lang }) => {
    const { page } = await openPage(s, `/?theme=${theme}&lang=${lang}`, {
      colorScheme: theme as 'light' | 'dark',
    });
    await command(page, 'ask', 'checkout-survey');
    const c = card(page);
    for (const answer of ['2', 'yes', '9']) {
      const option = c.locator(`input[value="${answer}"]`);
      await option.waitFor(WAIT);
      expect((await runAxe(page)).violations).toEqual([]);
      await option.check();
      expect((await runAxe(page)).violations).toEqual([]);
      await c.getByRole('button', { name: /Send|إرسال/ }).click();
    }
    await page.close();
  });

  it.each(CASES)(
    'the inline card and the launcher, $theme, $lang: no violations',
    async ({ theme, lang }) => {
      const { page } = await openPage(s, `/?stage=aware&launcher=1&theme=${theme}&lang=${lang}`, {
        colorScheme: theme as 'light' | 'dark',
      });
      await page.locator('waypoint-launcher button').waitFor(WAIT);
      await command(page, 'render', '#slot', 'choice-next');
      await page.locator('#slot waypoint-prompt').getByRole('radio').first().waitFor(WAIT);
      const result = await runAxe(page);
      expect(result.violations).toEqual([]);
      expect(result.passed).toContain('target-size');
      await page.close();
    },
  );
});

describe('screenshots of the survey, the inline card and the launcher', () => {
  it.each([320, 1280].flatMap((width) => ['light', 'dark'].map((theme) => ({ width, theme }))))(
    '$width px, $theme',
    async ({ width, theme }) => {
      const { page } = await openPage(s, `/?launcher=1&theme=${theme}`, {
        width,
        height: 800,
        colorScheme: theme as 'light' | 'dark',
      });
      await command(page, 'render', '#slot', 'choice-next');
      await command(page, 'ask', 'checkout-survey');
      const c = card(page);
      await c.getByRole('radio', { name: '2' }).check(WAIT);
      await c.getByRole('button', { name: 'Send' }).click();
      await c.getByRole('radio', { name: 'Yes' }).waitFor(WAIT);
      const path = await screenshot(page, `survey-step2-${width}-${theme}`);
      expect(path).toMatch(/\.png$/);
      // Nothing of ours runs past the viewport's edge.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    },
  );
});
