// A preview link (`#waypoint-preview=<id>`) on a real page in real Chromium: the card shows at
// once with its badge, and answering it sends nothing and writes nothing on the device; an
// unknown id shows nothing and logs one console error.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useScenario } from '../suite';

const WAIT = { timeout: 15_000 };
const suite = useScenario('test/browser/preview-link');

interface Visit {
  page: Page;
  posts: string[];
  errors: string[];
}

async function visit(hash: string): Promise<Visit> {
  const page = await suite.context.newPage();
  const posts: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST') posts.push(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(`${suite.demo.url}/page.html${hash}`);
  return { page, posts, errors };
}

/** What the origin keeps: IndexedDB databases and localStorage keys. */
const kept = (page: Page) =>
  page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    localStorage: Object.keys(localStorage),
  }));

describe('a preview link', () => {
  it('shows that card with a Preview badge, and sends, counts and keeps nothing', async () => {
    const v = await visit('#waypoint-preview=q-manual');
    const card = v.page.locator('waypoint-prompt');
    await card.getByText('Preview', { exact: true }).waitFor(WAIT);
    expect(await card.getByRole('heading').textContent()).toBe('Anything else?');
    await card.getByRole('radio', { name: 'Yes' }).check(WAIT);
    await card.getByRole('button', { name: 'Send' }).click(WAIT);
    await card.getByRole('radio', { name: 'Yes' }).waitFor({ state: 'detached', ...WAIT });
    // Long enough for a stage prompt, a flush or a start-up write to have happened.
    await v.page.waitForTimeout(1500);
    expect(v.posts).toEqual([]);
    expect(await kept(v.page)).toEqual({ databases: [], localStorage: [] });
    expect(suite.demo.store.list()).toEqual([]);
    expect(v.errors).toEqual([]);
    await v.page.close();
  });

  it('for an id the config does not have: nothing shown, one console error', async () => {
    const v = await visit('#waypoint-preview=nope');
    await expect.poll(() => v.errors.length, WAIT).toBe(1);
    expect(v.errors[0]).toContain('"nope"');
    expect(await v.page.locator('waypoint-prompt').count()).toBe(0);
    expect(v.posts).toEqual([]);
    await v.page.close();
  });

  it('without the hash, the same page asks and records as usual (the page is live)', async () => {
    const v = await visit('');
    const card = v.page.locator('waypoint-prompt');
    await card.getByRole('heading', { name: 'Did you find what you came for?' }).waitFor(WAIT);
    expect(await card.getByText('Preview', { exact: true }).count()).toBe(0);
    await card.getByRole('radio', { name: 'Yes' }).check(WAIT);
    await card.getByRole('button', { name: 'Send' }).click(WAIT);
    await expect.poll(() => suite.demo.store.list().length, WAIT).toBeGreaterThan(0);
    expect((await kept(v.page)).databases).toEqual(['waypoint']);
    await v.page.close();
  });
});
