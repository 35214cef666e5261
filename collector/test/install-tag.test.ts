// The install data's tag in real Chromium (Debian's, through playwright-core): a page on
// another origin pastes the tag as given, the widget takes its config from the collector, and
// the answer is stored, so the install data then says when the site's last event arrived.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch } from '../../test/browser/chromium.ts';
import { type Listening, listen } from '../src/serve.ts';
import { type RunningCollector, startCollector } from '../src/start.ts';

const READ = 'install-read-token-0123456789';
const ADMIN = 'install-admin-token-0123456789';
const SITE = 'tag-shop';
const WAIT = { timeout: 15_000 };
const CONFIG = {
  questions: [
    { id: 'fine', quality: 'advocate', type: 'yesno', text: 'Fine?', trigger: { on: 'manual' } },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'waypoint-install-'));
const origins = new Set<string>();
let collector: RunningCollector;
let site: Listening;
let browser: Awaited<ReturnType<typeof launch>>;

const as = (token: string, init: RequestInit = {}) => ({
  ...init,
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
});
const install = async () =>
  (await fetch(`${collector.url}/v1/sites/${SITE}/install`, as(READ))).json();

beforeAll(async () => {
  collector = await startCollector({
    port: 0,
    sqlitePath: join(dir, 'events.db'),
    allowedOrigins: origins,
    readToken: READ,
    adminToken: ADMIN,
    rateLimit: false,
    log: () => {},
  });
  const body = JSON.stringify({ config: CONFIG, message: 'first', author: 'test' });
  const published = await fetch(
    `${collector.url}/v1/sites/${SITE}/configs`,
    as(ADMIN, { method: 'POST', body }),
  );
  expect(published.status).toBe(201);
  const { tag } = await install();
  // The documented stub queues the ask until the tag has loaded.
  const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Shop</title>
    <script>window.waypoint=window.waypoint||function(){(waypoint.q=waypoint.q||[]).push(arguments)};
    waypoint('ask', 'fine');</script>
    ${tag}</head><body><main><h1>Shop</h1></main></body></html>`;
  const app = new Hono();
  app.get('/', (c) => c.html(page));
  site = await listen(app, 0, '127.0.0.1');
  origins.add(site.url);
  browser = await launch();
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  await collector?.close();
  rmSync(dir, { recursive: true, force: true });
});

it('works pasted as given: the config comes from the collector, the answer goes back to it', async () => {
  expect((await install()).lastEventAt).toBeNull();
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  const configResponse = page.waitForResponse((r) => r.url().includes(`/v1/config/${SITE}`));
  await page.goto(`${site.url}/`);

  const config = await configResponse;
  expect(config.status()).toBe(200);
  expect(config.headers()['access-control-allow-origin']).toBe('*');
  const card = page.locator('waypoint-prompt');
  await card.getByRole('radio', { name: 'Yes' }).check(WAIT);
  await card.getByRole('button', { name: 'Send' }).click();

  await expect.poll(async () => (await install()).lastEventAt, WAIT).not.toBeNull();
  const answers = await (
    await fetch(`${collector.url}/v1/events?site=${SITE}&type=waypoint.answer`, as(READ))
  ).json();
  expect(answers).toEqual([
    expect.objectContaining({
      subject: 'fine',
      data: expect.objectContaining({ answer: { value: 'yes' } }),
    }),
  ]);
  expect(problems).toEqual([]);
});
