// The built npm entry in Node, as a server-side render imports it: importing does nothing, and
// an instance made without a document asks nothing, throws nothing and loads no card.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

type Entry = typeof import('../../../src/index');
// The built file, not the source: what a package consumer's server imports.
const entry = () => import(`${'../../../dist/npm/index.mjs'}`) as Promise<Entry>;
const devEntry = () => import(`${'../../../dist/npm-development/index.mjs'}`) as Promise<Entry>;

describe('dist/npm/index.mjs on a server', () => {
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

  it('checks the whole schema in the development build only', async () => {
    // Runnable, but not what the schema allows.
    const config = {
      endpoint: 'https://collect.example.com/v1/events',
      questions: [{ id: 'q', quality: 'advocate', type: 'yesno', text: 'Hi?', sample: 7 }],
    } as never;
    const prod = await entry();
    expect(() => prod.createWaypoint(config).destroy()).not.toThrow();
    const dev = await devEntry();
    expect(() => dev.createWaypoint(config)).toThrow(/questions\[0\]\.sample/);
  });
});

/** The modules `file` imports statically (not its `import()`s), followed through dist/npm. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const [, spec] of code.matchAll(/^(?:import|export)\b[^;'"]*?from\s*['"]([^'"]+)['"]/gm)) {
    if (spec?.startsWith('.')) staticGraph(join(dirname(file), spec), seen);
    else if (spec) seen.add(spec);
  }
  return seen;
}

describe('the production npm entry', () => {
  it('carries no zod: createWaypoint and everything it imports leave the schema out', () => {
    const graph = staticGraph(
      fileURLToPath(new URL('../../../dist/npm/root/waypoint.mjs', import.meta.url)),
    );
    expect([...graph].some((m) => m.endsWith('.mjs'))).toBe(true); // the walk found modules
    expect([...graph].filter((m) => m.startsWith('zod'))).toEqual([]);
    expect([...graph].filter((m) => /config\/(schema|parse)\.mjs$/.test(m))).toEqual([]);
  });

  it('the development entry does import the schema', () => {
    const graph = staticGraph(
      fileURLToPath(new URL('../../../dist/npm-development/root/waypoint.mjs', import.meta.url)),
    );
    expect([...graph].filter((m) => m.startsWith('zod'))).not.toEqual([]);
  });
});
