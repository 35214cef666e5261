/**
 * WCAG 2.2 relative luminance and contrast (SC 1.4.3): the arithmetic the card's theme and the
 * core's launcher tab share, so a brand colour behind text stays readable in both.
 */
type Rgb = [number, number, number];

/** `#rgb` or `#rrggbb` as three 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  return [1, 3, 5].map((i) => Number.parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((c) => {
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
