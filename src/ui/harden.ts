/**
 * Keeps host-page CSS from hiding, moving or shrinking the prompt's host element. The shadow
 * stylesheet's `:host { … !important }` already wins over the page's `!important` in engines
 * that sort the cascade by shadow context (CSS Cascade 5); inline `!important` styles win in
 * every engine, whatever the page's selectors. Set through the CSSOM, which a strict
 * `style-src` CSP allows (only style attributes in markup are blocked).
 * Position-dependent properties (inset, width) stay in styles/host.css, by their media queries.
 */
const HOST_STYLES: ReadonlyArray<readonly [string, string]> = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['translate', 'none'],
  ['scale', 'none'],
  ['rotate', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['mask', 'none'],
  ['zoom', '1'],
  ['float', 'none'],
  ['margin', '0'],
  ['padding', '0'],
  ['border', '0'],
  ['height', 'auto'],
  ['min-height', '0'],
  ['max-height', 'none'],
  ['min-width', '0'],
  ['overflow', 'visible'],
  ['contain', 'none'],
  ['pointer-events', 'auto'],
  ['content-visibility', 'visible'],
];

/** Pins the host's box with inline `!important` styles and puts it at `zIndex`. */
export function harden(host: HTMLElement, zIndex: number): void {
  for (const [name, value] of HOST_STYLES) host.style.setProperty(name, value, 'important');
  host.style.setProperty('z-index', String(zIndex), 'important');
}
