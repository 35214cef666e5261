// The launcher tab as the core runs it: its drawing code is a chunk loaded only by a config
// with a launcher, and consent withdrawn while that chunk is on its way draws nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import * as chunk from '../../../src/launcher/entry';
import { LAUNCHER_TAG } from '../../../src/launcher/launcher';
import { createLauncherTab } from '../../../src/launcher/tab';

afterEach(() => {
  for (const el of document.querySelectorAll(LAUNCHER_TAG)) el.remove();
});

const withLauncher = parseConfig({
  endpoint: 'https://c.example/e',
  questions: [
    { id: 'q', quality: 'choice', type: 'rating', text: 'Rate?', trigger: { on: 'manual' } },
  ],
  appearance: { launcher: { survey: 'q', label: { en: 'Tell us', fr: 'Dites-nous' } } },
});

function tab(
  config = withLauncher,
  load = vi.fn(async () => chunk),
  verified: () => Promise<boolean> = async () => true,
) {
  const errors: string[] = [];
  const t = createLauncherTab({
    verified,
    doc: document,
    appearance: config.appearance,
    locale: 'fr-CA',
    items: config.questions,
    prefetch: vi.fn(),
    open: vi.fn(),
    error: (code, message) => errors.push(`${code}: ${message}`),
    load,
  });
  const drawn = () => document.querySelector(LAUNCHER_TAG)?.shadowRoot?.querySelector('button');
  return { t, load, errors, drawn };
}

describe('the launcher tab in the core', () => {
  it('loads nothing when the config has no launcher', async () => {
    const s = tab(parseConfig({ endpoint: 'https://c.example/e' }));
    s.t.show();
    await Promise.resolve();
    expect(s.load).not.toHaveBeenCalled();
    expect(s.drawn()).toBeFalsy();
  });

  it('draws the tab with its label in the page language once its chunk is in', async () => {
    const s = tab();
    s.t.show();
    s.t.show(); // twice: one load, one tab
    await vi.waitFor(() => expect(s.drawn()?.textContent).toBe('Dites-nous'));
    expect(s.load).toHaveBeenCalledTimes(1);
    expect(document.querySelectorAll(LAUNCHER_TAG)).toHaveLength(1);
  });

  it('draws nothing when hidden while its chunk was loading', async () => {
    const s = tab();
    s.t.show();
    s.t.hide();
    await s.load.mock.results[0]?.value;
    await Promise.resolve();
    expect(s.drawn()).toBeFalsy();
  });

  it('reports a chunk that cannot load, and tries again on the next show', async () => {
    const load = vi
      .fn<() => Promise<typeof chunk>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(chunk);
    const s = tab(withLauncher, load);
    s.t.show();
    await vi.waitFor(() =>
      expect(s.errors).toEqual(['render: could not show the launcher: Error: offline']),
    );
    s.t.show();
    await vi.waitFor(() => expect(s.drawn()).toBeTruthy());
  });

  it('draws nothing, and loads nothing, before the config passed the check', async () => {
    let pass: (ok: boolean) => void = () => undefined;
    const s = tab(withLauncher, undefined, () => new Promise((r) => (pass = r)));
    s.t.show();
    await new Promise((r) => setTimeout(r));
    expect(s.load).not.toHaveBeenCalled();
    pass(false);
    await new Promise((r) => setTimeout(r));
    expect(s.load).not.toHaveBeenCalled();
    expect(s.drawn()).toBeFalsy();
  });

  it('reports a tab that cannot be drawn, and never rejects unhandled', async () => {
    const unhandled: unknown[] = [];
    const hear = (e: unknown) => unhandled.push(e);
    process.on('unhandledRejection', hear);
    try {
      const broken = {
        ...chunk,
        mountLauncher: () => {
          throw new TypeError('no label');
        },
      };
      const s = tab(
        withLauncher,
        vi.fn(async () => broken),
      );
      s.t.show();
      await vi.waitFor(() =>
        expect(s.errors).toEqual(['render: could not show the launcher: TypeError: no label']),
      );
      await new Promise((r) => setTimeout(r));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', hear);
    }
  });
});
