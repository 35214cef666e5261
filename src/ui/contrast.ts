/**
 * WCAG 2.2 contrast for the site's accent colour. A brand colour is used as given when it is
 * readable; otherwise it is moved towards black or white just far enough, so a pale accent in
 * the light theme or a deep one in the dark theme never yields an invisible selection or an
 * unreadable button (SC 1.4.3 text 4.5:1, SC 1.4.11 non-text 3:1).
 */
type Rgb = [number, number, number];

function parse(hex: string): Rgb {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  return [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

function format(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance(hex: string): number {
  const [r, g, b] = parse(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two `#rrggbb` / `#rgb` colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * Text colour for an accent background: white when it reaches 4.5:1, else near-black, else
 * black (the only colour that reaches 4.5:1 on every accent white fails on).
 */
export function textOn(accent: string): string {
  for (const c of ['#ffffff', '#111111']) if (contrastRatio(accent, c) >= 4.5) return c;
  return '#000000';
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
