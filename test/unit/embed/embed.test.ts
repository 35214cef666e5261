import { fireEvent } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { prompt, until } from '../helpers/page';

type Cmd = ((...args: unknown[]) => unknown) & { q?: unknown[][]; loaded?: boolean };
const host = window as unknown as { waypoint?: Cmd };

/** What a site owner pastes: the loader stub, an inline JSON config and the async tag. */
function pasteTag(attrs: Record<string, string>, inline?: string) {
  host.waypoint = ((...args: unknown[]) => {
    const w = host.waypoint as Cmd;
    w.q = w.q ?? [];
    w.q.push(args);
  }) as Cmd;
  if (inline !== undefined) {
    const json = document.createElement('script');
    json.type = 'application/json';
    json.id = 'waypoint-config';
    json.textContent = inline;
    document.head.append(json);
  }
  const tag = document.createElement('script');
  for (const [k, v] of Object.entries(attrs)) tag.setAttribute(k, v);
  document.head.append(tag);
}

async function load() {
  vi.resetModules();
  await import('../../../src/embed');
}

describe('the script tag', () => {
  const posts: unknown[] = [];
  beforeEach(() => {
    posts.length = 0;
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        posts.push(...JSON.parse(String(init.body)));
        return new Response('{}', { status: 200 });
      }),
    );
  });
  afterEach(async () => {
    // The instance sends what it has and stops, so nothing still on its way reaches the next
    // test's fetch.
    await (host.waypoint?.('flush') as Promise<unknown> | undefined)?.catch(() => undefined);
    host.waypoint?.('destroy');
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    delete host.waypoint;
    document.head.replaceChildren();
  });

  it('replays calls queued before it loaded, in order, then runs new ones directly', async () => {
    pasteTag({
      'data-site': 'acme',
      'data-endpoint': 'https://collect.example.com/v1/events',
      'data-stage': 'use',
    });
    const seen: string[] = [];
    host.waypoint?.('on', 'ready', () => seen.push('ready'));
    host.waypoint?.('on', 'shown', (e: { questionId: string }) =>
      seen.push(`shown:${e.questionId}`),
    );
    host.waypoint?.('ask', 'advocate-nps');
    await load();
    await until(() => expect(seen).toEqual(['ready', 'shown:advocate-nps']));
    expect(host.waypoint?.loaded).toBe(true);
    expect(prompt().getByRole('radio', { name: '10' })).toBeTruthy();
  });

  it('reads the inline JSON config, with data-* attributes overriding it', async () => {
    const inline = JSON.stringify({
      endpoint: 'https://ignored.example.com/e',
      site: 'from-json',
      questions: [{ id: 'q1', quality: 'advocate', type: 'yesno', text: 'Inline?' }],
    });
    pasteTag({ 'data-endpoint': 'https://collect.example.com/v1/events' }, inline);
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    await host.waypoint?.('ask', 'q1');
    expect(prompt().getByRole('radio', { name: 'Yes' })).toBeTruthy();
    const flushed = (await host.waypoint?.('flush')) as { state: string };
    expect(flushed.state).toBe('idle');
    expect(posts).toMatchObject([{ site: 'from-json', subject: 'q1' }]);
    expect(vi.mocked(fetch).mock.calls[0]?.[0]).toBe('https://collect.example.com/v1/events');
  });

  it('logs one clear error for a bad config, stays dormant and never throws', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pasteTag({ 'data-endpoint': 'ftp://nope.example', 'data-site': 'acme' });
    await load();
    await until(() => expect(error).toHaveBeenCalledTimes(1));
    expect(String(error.mock.calls[0]?.[1])).toContain(
      'endpoint: must be https: (or http: on localhost)',
    );
    expect(host.waypoint?.loaded).toBe(true);
    expect(() => host.waypoint?.('ask', 'advocate-nps')).not.toThrow();
    expect(host.waypoint?.q).toBeUndefined(); // calls are dropped, not piled up forever
    expect(document.querySelector('waypoint-prompt')).toBeNull();
  });

  it('names the missing endpoint when neither the config nor the tag gives one', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pasteTag({ 'data-site': 'acme' }, JSON.stringify({ questions: [] }));
    await load();
    await until(() => expect(error).toHaveBeenCalledTimes(1));
    expect(String(error.mock.calls[0]?.[1])).toContain(
      "endpoint: is required (in the config, or the script tag's data-endpoint)",
    );
    expect(host.waypoint?.loaded).toBe(true);
  });

  it('leaves a config it cannot run dormant: no prompt, one error that names debug mode', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const inline = JSON.stringify({
      endpoint: 'https://collect.example.com/v1/events',
      questions: [{ id: 'q1', quality: 'advocate', type: 'stars', text: 'Hi?' }],
    });
    pasteTag({}, inline);
    host.waypoint?.('ask', 'q1');
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    expect(error).toHaveBeenCalledTimes(1);
    const said = String(error.mock.calls[0]?.[1]);
    expect(said).toContain('questions[0].type: "stars" is not a question type');
    expect(said).toContain('#waypoint-debug');
    expect(document.querySelector('waypoint-prompt')).toBeNull();
    expect(host.waypoint?.('ask', 'q1')).toBeUndefined();
  });

  it('runs the schema in debug mode only, and then never shows a prompt it refuses', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // Runnable, but not what the schema allows: a sample of 7.
    const config = {
      endpoint: 'https://collect.example.com/v1/events',
      questions: [{ id: 'q1', quality: 'advocate', type: 'yesno', text: 'Hi?', sample: 7 }],
    };
    pasteTag({}, JSON.stringify(config));
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    expect(error).not.toHaveBeenCalled();
    host.waypoint?.('destroy');
    document.head.replaceChildren();

    pasteTag({ 'data-site': 'acme', 'data-debug': '' }, JSON.stringify(config));
    await load();
    await until(() => expect(error).toHaveBeenCalledTimes(1));
    expect(String(error.mock.calls[0]?.[1])).toContain('questions[0].sample');
    expect(host.waypoint?.('ask', 'q1')).toBeUndefined(); // dormant
    expect(document.querySelector('waypoint-prompt')).toBeNull();
  });

  it('turns debug mode on from #waypoint-debug in the address, without editing the tag', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#waypoint-debug';
    try {
      const config = {
        endpoint: 'https://collect.example.com/v1/events',
        questions: [{ id: 'q1', quality: 'advocate', type: 'yesno', text: 'Hi?', sample: 7 }],
      };
      pasteTag({ 'data-site': 'acme' }, JSON.stringify(config));
      await load();
      await until(() => expect(error).toHaveBeenCalledTimes(1));
      expect(String(error.mock.calls[0]?.[1])).toContain('questions[0].sample');
    } finally {
      window.location.hash = '';
    }
  });

  it("shows a preview link's card with a badge, and keeps, counts and sends nothing", async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#waypoint-preview=q1';
    try {
      const config = {
        endpoint: 'https://collect.example.com/v1/events',
        questions: [
          { id: 'q1', quality: 'advocate', type: 'yesno', text: 'Hi?', trigger: { on: 'manual' } },
        ],
      };
      pasteTag({ 'data-site': 'acme' }, JSON.stringify(config));
      await load();
      await until(() => expect(prompt().getByText('Preview')).toBeTruthy());
      fireEvent.click(prompt().getByRole('radio', { name: 'Yes' }));
      fireEvent.click(prompt().getByRole('button', { name: 'Send' }));
      await until(() => expect(prompt().queryByRole('radio', { name: 'Yes' })).toBeNull());
      expect(fetch).not.toHaveBeenCalled();
      expect(posts).toEqual([]);
      expect(await indexedDB.databases()).toEqual([]);
      expect(localStorage.length).toBe(0);
      expect(error).not.toHaveBeenCalled();
      // The page's own commands are ignored on a preview: nothing else is asked.
      expect(host.waypoint?.('ask', 'q1')).toBeUndefined();
    } finally {
      window.location.hash = '';
    }
  });

  it('a preview link for an id the config does not have shows nothing, with one error', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    window.location.hash = '#waypoint-preview=nope';
    try {
      pasteTag({ 'data-site': 'acme', 'data-endpoint': 'https://collect.example.com/v1/events' });
      await load();
      await until(() => expect(error).toHaveBeenCalledTimes(1));
      expect(String(error.mock.calls[0]?.[1])).toContain('"nope"');
      expect(document.querySelector('waypoint-prompt')).toBeNull();
    } finally {
      window.location.hash = '';
    }
  });

  it('reports a broken inline JSON config instead of throwing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pasteTag({ 'data-endpoint': 'https://collect.example.com/v1/events' }, '{ not json');
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    expect(String(error.mock.calls[0]?.[1])).toContain('#waypoint-config) is not valid JSON');
  });

  it('stays dormant when data-config cannot be loaded and the device has no good copy', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.mocked(fetch).mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    pasteTag({
      'data-endpoint': 'https://collect.example.com/v1/events',
      'data-config': '/waypoint.json',
    });
    host.waypoint?.('ask', 'advocate-nps'); // a question of the built-in bank
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    expect(error).toHaveBeenCalledTimes(1);
    expect(String(error.mock.calls[0]?.[1])).toMatch(
      /^could not load data-config "http.*\/waypoint\.json": Failed to fetch\nThe feedback widget stays off/,
    );
    expect(host.waypoint?.('ask', 'advocate-nps')).toBeUndefined();
    expect(document.querySelector('waypoint-prompt')).toBeNull();
  });

  it('runs on the last good copy when data-config cannot be loaded, and tells listeners', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const attrs = {
      'data-endpoint': 'https://collect.example.com/v1/events',
      'data-config': '/waypoint.json',
    };
    const doc = { questions: [{ id: 'q1', quality: 'advocate', type: 'yesno', text: 'Hi?' }] };
    vi.mocked(fetch).mockImplementation(async () => Response.json(doc));
    pasteTag(attrs);
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    // A device keeps its copy once it keeps anything: here, a card shown.
    expect(await host.waypoint?.('ask', 'q1')).toMatchObject({ shown: true });
    await host.waypoint?.('flush');
    host.waypoint?.('destroy');
    document.head.replaceChildren();
    vi.mocked(fetch).mockImplementation(async () => {
      throw new TypeError('Failed to fetch');
    });
    pasteTag(attrs);
    const errors: string[] = [];
    host.waypoint?.('on', 'error', (e: { code: string; message: string }) =>
      errors.push(`${e.code}: ${e.message}`),
    );
    await load();
    await until(() => expect(errors).toHaveLength(2));
    expect(errors[0]).toMatch(/^config: could not load data-config ".*": Failed to fetch$/);
    expect(errors[1]).toMatch(/^config: using the last good copy of data-config/);
    expect(error).toHaveBeenCalledTimes(2);
    expect(await host.waypoint?.('ask', 'q1')).toMatchObject({ shown: true });
  });

  it('keeps the first copy when the script is included twice', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined);
    pasteTag({ 'data-endpoint': 'https://collect.example.com/v1/events' });
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    const first = host.waypoint;
    await load();
    expect(host.waypoint).toBe(first);
    expect(info).toHaveBeenCalledWith(
      '[waypoint]',
      expect.stringContaining('included more than once'),
    );
  });

  it('reports an unknown command on the console rather than throwing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    pasteTag({ 'data-endpoint': 'https://collect.example.com/v1/events' });
    await load();
    await until(() => expect(host.waypoint?.loaded).toBe(true));
    expect(() => host.waypoint?.('explode')).not.toThrow();
    await until(() =>
      expect(String(error.mock.calls[0]?.[1])).toContain('unknown command "explode"'),
    );
  });
});
