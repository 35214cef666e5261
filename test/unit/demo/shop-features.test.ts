// @vitest-environment node
// The demo shop's config (demo/site/waypoint.json) and its pages agree on every name that joins
// them, or a survey feature silently never appears (the browser side: prompt-screenshots/).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { stageForPath } from '../../../src/journey/resolve-stage';

const SITE = resolve(import.meta.dirname, '../../../demo/site');
const read = (file: string) => readFileSync(join(SITE, file), 'utf8');
const config = parseConfig(
  { site: 'demo-shop', endpoint: '/v1/events', ...JSON.parse(read('waypoint.json')) },
  { base: 'http://localhost:4310/' },
);
const survey = (id: string) => config.surveys.find((s) => s.id === id);
const question = (id: string) => config.questions.find((q) => q.id === id);

/** The arguments of every `waypoint('<command>', …)` call in a page script, as strings. */
function calls(source: string, command: string): string[][] {
  const pattern = new RegExp(`waypoint\\('${command}'((?:, '[^']*')*)\\)`, 'g');
  return [...source.matchAll(pattern)].map((m) =>
    [...(m[1] ?? '').matchAll(/'([^']*)'/g)].map((a) => a[1] ?? ''),
  );
}

describe('the checkout survey', () => {
  const checkout = survey('checkout-survey');

  it('is three steps with a branch: a hard checkout is asked what got in the way', () => {
    expect(checkout?.steps.map((s) => s.question)).toEqual([
      'preventive-effort',
      'operational-obstacles',
      'advocate-nps',
    ]);
    expect(checkout?.steps[0]?.next).toEqual([
      { when: { max: 3 }, goto: 'operational-obstacles' },
      { goto: 'advocate-nps' },
    ]);
  });

  it('comes up on the order confirmation page, which tracks the event it waits for', () => {
    expect(checkout?.trigger).toEqual({ on: 'event', event: 'order_placed' });
    const page = read('checkout/confirmed.html');
    expect(page).toContain('<script defer src="/order-placed.js"></script>');
    expect(calls(read('order-placed.js'), 'track')).toEqual([['order_placed']]);
    // The page is in the survey's stage, by its path and by its tag.
    expect(checkout?.stages).toEqual(['decide']);
    expect(stageForPath(config.stages, '/checkout/confirmed')).toBe('decide');
    expect(page).toContain('data-stage="decide"');
  });

  it('is reached from the basket: "Place order" goes to the confirmation page', () => {
    expect(read('checkout.html')).toMatch(/<a [^>]*href="\/checkout\/confirmed">Place order<\/a>/);
  });
});

describe('the inline card on the help page', () => {
  it('renders a question of the config into an element the page has', () => {
    expect(read('help.html')).toContain('<script defer src="/help.js"></script>');
    const renders = calls(read('help.js'), 'render');
    expect(renders).toEqual([['#help-feedback', 'duration-need']]);
    expect(read('help.html')).toMatch(/<div id="help-feedback"><\/div>/);
    expect(question('duration-need')?.type).toBe('choice');
  });
});

describe('the feedback launcher', () => {
  it('opens a short survey, labelled in the shop’s one language', () => {
    expect(config.appearance.launcher).toEqual({
      survey: 'shop-feedback',
      label: 'Feedback',
      position: 'right',
    });
    // Every page is in English (site.test.ts), so one label is the shop's every language.
    const feedback = survey('shop-feedback');
    expect(feedback?.steps.map((s) => s.question)).toEqual(['duration-visit', 'perspective-match']);
    // Only the launcher opens it: no trigger of its own.
    expect(feedback?.trigger).toEqual({ on: 'manual' });
  });

  it('keeps the accent the pages set inline, which the data-config file replaces', () => {
    // The data-config document's `appearance` replaces the inline one whole (a shallow merge).
    expect(read('help.html')).toContain('"appearance": { "accent": "#0f766e" }');
    expect(config.appearance.accent).toBe('#0f766e');
  });

  it('starts with a shuffled choice whose "None of these" stays last', () => {
    const visit = question('duration-visit');
    expect(visit?.shuffle).toBe(true);
    const options = visit?.options ?? [];
    expect(options.at(-1)).toEqual({ id: 'none', text: 'None of these', fixed: true });
    expect(options.filter((o) => o.fixed)).toHaveLength(1);
    expect(visit?.followUp?.when).toEqual({ in: ['none'] });
  });
});

describe('an audience', () => {
  it('keeps the idle question off phones', () => {
    expect(question('anticipatory-next')?.audience).toEqual({ devices: ['desktop', 'tablet'] });
  });
});
