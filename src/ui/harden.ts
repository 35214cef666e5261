/**
 * Keeps host-page CSS from hiding, moving or shrinking the prompt's host element. The shadow
 * stylesheet's `:host { … !important }` already wins over the page's `!important` in engines
 * that sort the cascade by shadow context (CSS Cascade 5); inline `!important` styles win in
 * every engine, whatever the page's selectors. Set through the CSSOM, which a strict
 * `style-src` CSP allows (only style attributes in markup are blocked).
 * Position-dependent properties (inset, width) stay in styles/host.css, by their media queries.
 */
const HOST_STYLES =
  'display:block;visibility:visible;opacity:1;transform:none;translate:none;scale:none;' +
  'rotate:none;filter:none;clip-path:none;mask:none;zoom:1;float:none;margin:0;padding:0;' +
  'border:0;height:auto;min-height:0;max-height:none;min-width:0;overflow:visible;' +
  'contain:none;pointer-events:auto;content-visibility:visible';

/**
 * Pins the host's box with inline `!important` styles: `fixed` at `zIndex` for the floating
 * card, `static` with `auto` for an inline one, which is part of the page's flow.
 */
export function harden(host: HTMLElement, position: string, zIndex: string): void {
  for (const pair of `${HOST_STYLES};position:${position};z-index:${zIndex}`.split(';')) {
    const [name, value] = pair.split(':') as [string, string];
    host.style.setProperty(name, value, 'important');
  }
}
