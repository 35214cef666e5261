// The layer rules name the tree as it is: every folder and file they name exists, and every
// folder or file at the top of src/ sits in a layer, so neither can drift from the other.
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const { CLIMBS, FILES, LAYERS } = createRequire(import.meta.url)('../../layers/layers.cjs') as {
  LAYERS: string[][];
  CLIMBS: Array<[string, string]>;
  FILES: Record<string, string>;
};

describe('the layer rules (test/layers)', () => {
  it.each(LAYERS.flat())('name src/%s, which exists', (name) => {
    expect(existsSync(`src/${name}`)).toBe(true);
  });

  it.each([...CLIMBS.flat(), ...Object.values(FILES)])('name %s, which exists', (path) => {
    expect(existsSync(path)).toBe(true);
  });

  it('place every folder and file at the top of src/ in a layer', () => {
    const top = readdirSync('src').filter((n) => !n.endsWith('.d.ts'));
    expect(top.filter((n) => !LAYERS.flat().includes(n))).toEqual([]);
  });
});
