/**
 * The site's accent colour, fitted to each theme: the light and dark palettes in styles/host.css
 * get their own variant, each readable on that theme's surfaces (contrast.ts).
 */
import { textOn, withContrast } from './contrast';

/** The card and tile backgrounds of each theme; styles/host.css declares the same values. */
export const SURFACES = {
  light: ['#ffffff', '#f3f4f6'],
  dark: ['#1f2430', '#2c3242'],
} as const;

/**
 * Custom properties for the host element. styles/host.css turns them into `--wp-accent` and
 * `--wp-accent-text` for the active theme, so a page can still override those two.
 */
export function accentProperties(accent: string): Record<string, string> {
  const light = withContrast(accent, [...SURFACES.light]);
  const dark = withContrast(accent, [...SURFACES.dark]);
  return {
    '--wp-accent-light': light,
    '--wp-accent-light-text': textOn(light),
    '--wp-accent-dark': dark,
    '--wp-accent-dark-text': textOn(dark),
  };
}
