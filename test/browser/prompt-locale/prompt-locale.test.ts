// The page's locale picks the card's language and the default bank's wording: the config's
// `locale`, then `data-locale`, then <html lang>, then the browser's language; a language the
// UI does not have falls back to English, marked as English.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPrompt, type Scenario, startScenario } from '../prompt-support/harness';

/** Polls wait on IndexedDB, the flusher, HTTP or scrolling: give a busy CI machine time. */
const PATIENCE = { timeout: 10_000 };

let s: Scenario;
beforeAll(async () => {
  s = await startScenario('prompt-locale');
});
afterAll(async () => {
  await s?.close();
});

describe('the card’s language', () => {
  it.each([
    ['html-lang', 'fr-CA', 'ltr', 'Envoyer', 'Quelle est la probabilité'],
    ['data-locale', 'de', 'ltr', 'Senden', 'Wie wahrscheinlich ist es'],
    ['config-locale', 'ar', 'rtl', 'إرسال', 'ما مدى احتمال'],
    ['unsupported', 'en', 'ltr', 'Send', 'How likely are you'],
  ])('%s: lang %s, %s, "%s"', async (path, lang, dir, send, question) => {
    const { page, problems } = await openPrompt(s, `/${path}`);
    const card = page.locator('waypoint-prompt .wp-card');
    expect(await card.getAttribute('lang')).toBe(lang);
    expect(await card.getAttribute('dir')).toBe(dir);
    expect(await card.locator('.wp-title').textContent()).toContain(question);
    await page.locator('waypoint-prompt').getByRole('button', { name: send }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  });

  it('follows the browser when the page says nothing', async () => {
    const page = await s.context.newPage();
    await page.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'language', { get: () => 'es-MX' });
    });
    await page.goto(`${s.demo.url}/browser`);
    const card = page.locator('waypoint-prompt');
    await card.getByRole('button', { name: 'Enviar' }).waitFor();
    expect(await card.locator('.wp-card').getAttribute('lang')).toBe('es-MX');
    await card.getByRole('radio', { name: '10' }).check();
    await card.getByRole('button', { name: 'Enviar' }).click();
    await expect
      .poll(() => {
        const [answer] = s.demo.store.list({ type: 'waypoint.answer' });
        return (answer?.data.context as { locale?: string } | undefined)?.locale;
      }, PATIENCE)
      .toBe('es-MX');
    await page.close();
  });
});
