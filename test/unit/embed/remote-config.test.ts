import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { keepCopy, REMOTE_CONFIG_KEY, resolveRemoteConfig } from '../../../src/embed/remote-config';
import { createMemoryStore } from '../../../src/storage/memory';

const url = 'https://shop.example.com/waypoint.json';
const good = { endpoint: 'https://collect.example.com/v1/events', site: 'remote' };

function setup(answer: () => Response | Promise<Response>) {
  const store = createMemoryStore();
  const input = {
    url,
    inline: { site: 'inline' },
    overrides: {},
    fetch: (async () => answer()) as unknown as typeof fetch,
    store: async () => store,
    check: async (c: Record<string, unknown>) => ({
      mayStore: !parseConfig(c).privacy.requireConsent,
    }),
    now: () => Date.UTC(2026, 10, 1),
  };
  return { store, input };
}

describe('the data-config document', () => {
  it('is used when it loads and is valid, and kept as the last good copy', async () => {
    const { store, input } = setup(() => Response.json(good));
    const r = await resolveRemoteConfig(input);
    expect(r).toMatchObject({ config: { site: 'remote', endpoint: good.endpoint }, problems: [] });
    expect(r.copy).toEqual({ url, config: r.config, savedAt: Date.UTC(2026, 10, 1) });
    // Kept by the caller, where and when the device may keep it.
    expect(await store.get(REMOTE_CONFIG_KEY)).toBeUndefined();
    await keepCopy(store, r.copy as NonNullable<typeof r.copy>);
    expect(await store.get(REMOTE_CONFIG_KEY)).toMatchObject({ url, config: r.config });
  });

  it('falls back to the last good copy when offline, and says so', async () => {
    const { store, input } = setup(() => Promise.reject(new TypeError('Failed to fetch')));
    await store.set(REMOTE_CONFIG_KEY, { url, config: good, savedAt: Date.UTC(2026, 9, 1) });
    const r = await resolveRemoteConfig(input);
    expect(r.config).toMatchObject({ site: 'remote' });
    expect(r.problems).toEqual([
      `could not load data-config "${url}": Failed to fetch`,
      'using the last good copy of data-config, saved 2026-10-01T00:00:00.000Z',
    ]);
  });

  it('keeps the last good copy in charge when the new one is invalid', async () => {
    const { store, input } = setup(() => Response.json({ endpoint: 'ftp://nope' }));
    await store.set(REMOTE_CONFIG_KEY, { url, config: good, savedAt: 0 });
    const r = await resolveRemoteConfig(input);
    expect(r.config).toMatchObject({ endpoint: good.endpoint });
    expect(r.problems[0]).toContain('is invalid, so it was not used');
    expect(r.problems[0]).toContain('endpoint: must be https:');
    expect(r.copy).toBeUndefined(); // nothing to keep: the copy in charge is not overwritten
  });

  it('without a last good copy, a document that is missing means no config at all (dormant)', async () => {
    const { input } = setup(() => new Response('gone', { status: 404 }));
    const r = await resolveRemoteConfig(input);
    expect(r.config).toBeUndefined();
    expect(r.problems).toEqual([`could not load data-config "${url}": HTTP 404`]);
  });

  it('without a last good copy, an invalid document means no config at all (dormant)', async () => {
    const { input } = setup(() => Response.json({ endpoint: 'ftp://nope' }));
    const r = await resolveRemoteConfig(input);
    expect(r.config).toBeUndefined();
    expect(r.problems).toEqual([
      expect.stringMatching(
        /^data-config ".*" is invalid, so it was not used: .*endpoint: must be https:/s,
      ),
    ]);
  });

  it('does not call a document invalid when the checker itself could not load', async () => {
    const { input } = setup(() => Response.json(good));
    const missing = Object.assign(new Error('the file waypoint-validate.x.js was not found'), {
      name: 'ChunkError',
    });
    const r = await resolveRemoteConfig({ ...input, check: () => Promise.reject(missing) });
    expect(r.config).toBeUndefined();
    expect(r.problems).toEqual([
      `could not check data-config "${url}": the file waypoint-validate.x.js was not found`,
    ]);
  });

  it('offers nothing to keep when consent is required', async () => {
    const { input } = setup(() => Response.json({ ...good, privacy: { requireConsent: true } }));
    const r = await resolveRemoteConfig(input);
    expect(r.config).toMatchObject({ privacy: { requireConsent: true } });
    expect(r.copy).toBeUndefined();
  });

  it('reads nothing without a store, and sends no referrer', async () => {
    const seen: RequestInit[] = [];
    const r = await resolveRemoteConfig({
      url,
      inline: { privacy: { requireConsent: true } },
      overrides: {},
      fetch: (async (_u: string, init: RequestInit) => {
        seen.push(init);
        throw new TypeError('offline');
      }) as unknown as typeof fetch,
      store: undefined,
      check: async () => ({ mayStore: false }),
    });
    expect(r.config).toBeUndefined();
    expect(seen[0]).toMatchObject({ credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  it('ignores a copy saved for another URL', async () => {
    const { store, input } = setup(() => Promise.reject(new TypeError('offline')));
    await store.set(REMOTE_CONFIG_KEY, {
      url: 'https://other.example/x.json',
      config: good,
      savedAt: 0,
    });
    expect((await resolveRemoteConfig(input)).config).toBeUndefined();
  });
});
