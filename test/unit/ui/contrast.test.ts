import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, textOn, withContrast } from '../../../src/ui/contrast';
import { accentProperties, SURFACES } from '../../../src/ui/theme';

// Read from disk (vitest runs from the repo root): under vitest a `?inline` import is empty.
const css = readFileSync(resolve('src/ui/styles/host.css'), 'utf8');

const hex = fc
  .tuple(fc.nat(255), fc.nat(255), fc.nat(255))
  .map((c) => `#${c.map((x) => x.toString(16).padStart(2, '0')).join('')}`);

describe('contrastRatio', () => {
  it.each([
    ['#ffffff', '#000000', 21],
    ['#fff', '#fff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#4f46e5', '#ffffff', 6.29],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
});

describe('textOn', () => {
  it('always reaches 4.5:1 on any accent (SC 1.4.3)', () => {
    fc.assert(fc.property(hex, (c) => contrastRatio(c, textOn(c)) >= 4.5));
  });
});

describe('withContrast', () => {
  it('leaves a readable colour alone', () => {
    expect(withContrast('#4f46e5', [...SURFACES.light])).toBe('#4f46e5');
  });

  it('moves any accent to 3:1 against both themes’ surfaces (SC 1.4.11)', () => {
    fc.assert(
      fc.property(hex, (c) =>
        Object.values(SURFACES).every((s) =>
          s.every((surface) => contrastRatio(withContrast(c, [...s]), surface) >= 3),
        ),
      ),
    );
  });
});

describe('accentProperties', () => {
  it('gives the light and dark themes each a readable accent and text on it', () => {
    const p = accentProperties('#fde047');
    for (const theme of ['light', 'dark'] as const) {
      const accent = p[`--wp-accent-${theme}`] as string;
      for (const s of SURFACES[theme]) expect(contrastRatio(accent, s)).toBeGreaterThanOrEqual(3);
      expect(
        contrastRatio(accent, p[`--wp-accent-${theme}-text`] as string),
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses the same surfaces as host.css', () => {
    const host = css.slice(css.indexOf(':host {'), css.indexOf('}', css.indexOf(':host {')));
    const dark = css.slice(css.indexOf(':host([data-theme="dark"])'));
    const value = (block: string, name: string) =>
      new RegExp(`${name}:\\s*(#[0-9a-f]+)`).exec(block)?.[1];
    expect([value(host, '--wp-bg'), value(host, '--wp-tile')]).toEqual([...SURFACES.light]);
    expect([value(dark, '--wp-bg'), value(dark, '--wp-tile')]).toEqual([...SURFACES.dark]);
  });

  it('keeps the palettes’ text and controls at AA on both surfaces', () => {
    const blocks = {
      light: css.slice(css.indexOf(':host {')),
      dark: css.slice(css.indexOf(':host([data-theme="dark"])')),
    };
    for (const [theme, block] of Object.entries(blocks) as Array<['light' | 'dark', string]>) {
      const get = (n: string) => new RegExp(`${n}:\\s*(#[0-9a-f]+)`).exec(block)?.[1] as string;
      for (const surface of SURFACES[theme]) {
        expect(contrastRatio(get('--wp-fg'), surface)).toBeGreaterThanOrEqual(7);
        expect(contrastRatio(get('--wp-muted'), surface)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(get('--wp-border'), surface)).toBeGreaterThanOrEqual(3);
      }
    }
  });
});
