/**
 * Keeps host-page CSS from hiding, moving or shrinking the prompt's host: inline `!important`
 * wins in every engine, whatever the page's selectors, and the CSSOM is allowed under a strict
 * `style-src`. Position-dependent properties stay in styles/host.css, by their media queries.
 */
// The shadow sheet's `:host { … !important }` wins only where the cascade sorts by shadow
// context (CSS Cascade 5); these, inline, win everywhere.
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
