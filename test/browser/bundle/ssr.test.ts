// The built npm entry in Node, as a server-side render imports it: importing does nothing, and
// an instance made without a document asks nothing, throws nothing and loads no card.
import { describe, expect, it } from 'vitest';

type Entry = typeof import('../../../src/index');
// The built file, not the source: what a package consumer's server imports.
const entry = () => import(`${'../../../dist/index.mjs'}`) as Promise<Entry>;

describe('dist/index.mjs on a server', () => {
  it('imports without a window and runs without a document', async () => {
    const mod = await entry();
    expect(typeof mod.createWaypoint).toBe('function');
    const wp = mod.createWaypoint({ endpoint: 'https://collect.example.com/v1/events' });
    expect(await wp.ask('advocate-nps')).toEqual({ shown: false, reason: 'no document' });
    expect(() => wp.track('rendered')).not.toThrow();
    wp.destroy();
  });

  it('throws WaypointConfigError for a bad config, naming the field', async () => {
    const mod = await entry();
    expect(() => mod.createWaypoint({ endpoint: 'ftp://x' })).toThrow(mod.WaypointConfigError);
  });
});
