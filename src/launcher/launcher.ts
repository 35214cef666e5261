/**
 * The feedback tab (DESIGN §3): plain DOM in a small chunk of its own (no preact), so a page with
 * a launcher and nothing due loads only the core and this. A real `<button>` in its shadow root.
 */
import type { Launcher } from '../config/schema';
import { textOn } from '../model/contrast';
import { adoptStyles } from '../platform/adopt-styles';

export const LAUNCHER_TAG = 'waypoint-launcher';

export interface LauncherOptions {
  label: string;
  position: Launcher['position'];
  accent: string;
  zIndex: number;
  nonce?: string;
  /** Hovered or focused: a click is likely, so fetch what the card needs. */
  onIntent(): void;
  /**
   * Clicked: the tab steps aside (it would peek out from under its own card) until `closed` is
   * called, once the card has gone or could not be shown.
   */
  onOpen(closed: () => void): void;
}

// The side tabs read along the edge (bottom to top on the right, as Hotjar's and Usabilla's do).
// Every target is at least 44 px; the focus ring has a dark and a light edge so it shows on any
// page; a transparent border becomes visible in forced-colours mode.
const CSS =
  ':host{all:initial;position:fixed;z-index:var(--z);inset:var(--i);transform:var(--t)}' +
  'button{all:unset;box-sizing:border-box;cursor:pointer;min-width:44px;min-height:44px;padding:10px 16px;border:2px solid transparent;border-radius:8px;font:600 15px system-ui,sans-serif;background:var(--bg);color:var(--fg);box-shadow:0 2px 10px #0004;writing-mode:var(--w);rotate:var(--r)}' +
  'button:focus-visible{outline:3px solid #111;box-shadow:0 0 0 6px #fff}';

/** Each position as [inset, host transform, writing mode, rotation]. */
const PLACES: Record<Launcher['position'], readonly [string, string, string, string]> = {
  right: ['50% 0 auto auto', 'translateY(-50%)', 'vertical-rl', '180deg'],
  left: ['50% auto auto 0', 'translateY(-50%)', 'vertical-rl', '0deg'],
  'bottom-right': ['auto 16px 16px auto', 'none', 'horizontal-tb', '0deg'],
  'bottom-left': ['auto auto 16px 16px', 'none', 'horizontal-tb', '0deg'],
};

/**
 * Draws the tab at the end of `doc.body`; `remove()` takes it away again.
 *
 * @example
 * const tab = mountLauncher(document, { label: 'Feedback', position: 'right', accent: '#4f46e5',
 *   zIndex: 2147483000, onIntent: prefetch, onOpen: open });
 */
export function mountLauncher(doc: Document, o: LauncherOptions): { remove(): void } {
  const host = doc.createElement(LAUNCHER_TAG);
  host.setAttribute('data-position', o.position);
  const [inset, transform, mode, rotate] = PLACES[o.position] ?? PLACES.right;
  const vars = { z: String(o.zIndex), i: inset, t: transform, w: mode, r: rotate, bg: o.accent };
  // CSSOM writes, which a strict style-src allows (only style attributes in markup are blocked).
  for (const [k, v] of Object.entries({ ...vars, fg: textOn(o.accent) }))
    host.style.setProperty(`--${k}`, v);
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, doc, CSS, o.nonce);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = o.label;
  let hinted = false;
  const intent = () => {
    if (hinted) return;
    hinted = true;
    o.onIntent();
  };
  button.addEventListener('pointerenter', intent);
  button.addEventListener('focus', intent);
  let open = false;
  button.addEventListener('click', () => {
    if (open) return;
    open = true;
    // CSSOM, which a strict style-src allows; the host's inline style outranks its :host rule.
    host.style.display = 'none';
    o.onOpen(() => {
      if (!open) return;
      open = false;
      host.style.removeProperty('display');
      // Focus left with the card (or with the hidden tab): give it back to the tab, as a
      // disclosure does, unless the customer has since put it somewhere in the page.
      const active = doc.activeElement;
      if (host.isConnected && (!active || active === doc.body))
        button.focus({ preventScroll: true });
    });
  });
  root.appendChild(button);
  doc.body.appendChild(host);
  return { remove: () => host.remove() };
}
