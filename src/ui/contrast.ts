/**
 * WCAG 2.2 contrast for the site's accent: used as given when readable, else moved towards black
 * or white just enough (SC 1.4.3 text 4.5:1, SC 1.4.11 non-text 3:1), in either theme.
 */
import { contrastRatio, luminance, parseHex as parse } from '../model/contrast';

export { contrastRatio, textOn } from '../model/contrast';

type Rgb = [number, number, number];

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * `color`, mixed towards black (on light surfaces) or white (on dark ones) in small steps until
 * it reaches `min`:1 against every surface; unchanged when it already does.
 */
export function withContrast(color: string, surfaces: string[], min = 3): string {
  const worst = (c: string) => Math.min(...surfaces.map((s) => contrastRatio(c, s)));
  if (worst(color) >= min) return color;
  const dark = surfaces.every((s) => luminance(s) < 0.18);
  const target: Rgb = dark ? [255, 255, 255] : [0, 0, 0];
  const from = parse(color);
  let mixed = color;
  for (let t = 0.05; t <= 1; t += 0.05) {
    mixed = format(from.map((c, i) => c + ((target[i] ?? c) - c) * t) as Rgb);
    if (worst(mixed) >= min) break;
  }
  return mixed;
}
