// The script tag's chunks as built (npm test builds first): each within its budget, the core
// free of what only a shown prompt needs, and the README's size tables equal to the measurement.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CHUNK_BUDGETS,
  measureChunks,
  SCENARIOS,
  scenarioBytes,
  sizeTables,
} from '../../size/chunks';

const rows = measureChunks();
const core = readFileSync('dist/waypoint.js', 'utf8');
const read = (name: string) =>
  readdirSync('dist')
    .filter((f) => f.startsWith(`waypoint-${name}.`))
    .map((f) => readFileSync(`dist/${f}`, 'utf8'))
    .join('\n');

describe('the script tag chunks', () => {
  it('are all there: a core and every lazy chunk', () => {
    expect(rows.map((r) => r.name).sort()).toEqual(Object.keys(CHUNK_BUDGETS).sort());
  });

  it.each(rows.map((r) => [r.name, r] as const))('%s stays within its brotli budget', (_n, r) => {
    expect(r.brotli).toBeLessThanOrEqual(r.budget ?? 0);
  });

  // The targets (a new device with nothing due: 8,000 B) are printed in the README's table;
  // the budgets are today's, lowered as the SDK gets there.
  it.each(
    Object.entries(SCENARIOS)
      .filter(([, s]) => s.budget !== undefined)
      .map(([name, s]) => [name, s] as const),
  )('the scenario "%s" stays within its brotli budget', (_n, s) => {
    expect(scenarioBytes(rows, s.chunks)).toBeLessThanOrEqual(s.budget ?? 0);
  });

  it.each([
    ["preact's renderer", /__k|__e|preact/],
    ['the card strings', /Don't ask me again|Why am I asked|Saving your answer/],
    ['any other locale', /Ne plus me demander|Nicht mehr fragen|No volver a preguntar|لا تسألني/],
    ['the question bank texts', /recommend us|What brought you here/],
    ['the debug table', /\.table\(|no question is eligible/],
    ['the config schema and its messages', /must be 1–64 letters|expected an object with/],
    ['the queue', /cloudevents-batch|sentat/],
    ["targeting's rules and decisions", /days-between|quality-budget|sampled-out/],
    ["the launcher's drawing, styles and labels", /writing-mode|Votre avis|pointerenter/],
  ])('keeps %s out of the core', (_name, pattern) => {
    expect(core).not.toMatch(pattern);
  });

  it('puts what the core lacks in the chunks that need it', () => {
    expect(read('ui')).toMatch(/__k/);
    expect(read('en')).toMatch(/Don't ask me again/);
    expect(read('fr')).toMatch(/Ne plus me demander/);
    expect(read('fr')).not.toMatch(/Don't ask me again/);
    expect(read('debug')).toMatch(/\.table\(/);
    expect(read('validate')).toMatch(/must be 1–64 letters/);
    expect(read('delivery')).toMatch(/cloudevents-batch/);
    expect(read('targeting')).toMatch(/days-between/);
    expect(read('launcher')).toMatch(/Votre avis/);
  });

  // V8's explicit compile hint (Chrome 136+): the file's functions are compiled while it streams,
  // off the main thread, instead of one by one on the main thread at their first call. Only on
  // files whose code runs when they load; the validator (debug mode) is mostly never called.
  const HINT = '//# allFunctionsCalledOnLoad\n';
  // Every file but the validator, the debug table and the language packs: their code is mostly
  // never called (debug mode), or is data.
  const unhinted = (name: string) =>
    ['validate', 'debug', 'en', 'fr', 'de', 'es', 'ar'].includes(name);
  it.each(rows.map((r) => [r.name, r] as const))(
    '%s carries the compile hint where it should',
    (name) => {
      const code = name === 'core' ? core : read(name);
      expect(code.startsWith(HINT)).toBe(!unhinted(name));
      expect(code.slice(HINT.length)).not.toContain(HINT);
    },
  );

  it('match the README size tables', () => {
    const readme = readFileSync('README.md', 'utf8');
    const table = /<!-- sizes:start -->\n([\s\S]*?)\n<!-- sizes:end -->/.exec(readme)?.[1];
    expect(table, 'README.md needs the table printed below between the sizes markers').toBe(
      sizeTables(rows),
    );
  });
});
