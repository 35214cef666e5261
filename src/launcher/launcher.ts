/**
 * The feedback launcher (DESIGN §3): an always-visible tab of plain DOM, drawn by the core so
 * that a page with a launcher and nothing due still loads only the core. A real `<button>` in
 * its own open shadow root, named by its label, reachable by Tab and pressed by Enter or Space;
 * the card's chunk is fetched when the tab is hovered or focused, and shown on click.
 */
import type { LauncherPosition } from '../contract';
import { textOn } from '../model/contrast';

export const LAUNCHER_TAG = 'waypoint-launcher';

export interface LauncherOptions {
  label: string;
  position: LauncherPosition;
  accent: string;
  zIndex: number;
  nonce?: string;
  /** Hovered or focused: a click is likely, so fetch what the card needs. */
  onIntent(): void;
  onOpen(): void;
}

// The side tabs read along the edge (bottom to top on the right, as Hotjar's and Usabilla's do);
// every target is at least 44 px, and the focus ring has a light and a dark edge so it shows on
// any page.
const CSS = `:host{all:initial!important;position:fixed!important;z-index:var(--z)!important;display:block!important}
:host([data-position=right]){right:0!important;top:50%!important;transform:translateY(-50%)!important}
:host([data-position=left]){left:0!important;top:50%!important;transform:translateY(-50%)!important}
:host([data-position=bottom-right]){right:16px!important;bottom:16px!important}
:host([data-position=bottom-left]){left:16px!important;bottom:16px!important}
button{all:unset;box-sizing:border-box;cursor:pointer;min-width:44px;min-height:44px;padding:10px 16px;font:600 15px/1.2 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;background:var(--bg);color:var(--fg);border-radius:8px;box-shadow:0 2px 10px rgba(0,0,0,.25)}
:host([data-position=right]) button{writing-mode:vertical-rl;transform:rotate(180deg);border-radius:0 8px 8px 0}
:host([data-position=left]) button{writing-mode:vertical-rl;border-radius:0 8px 8px 0}
button:focus-visible{outline:3px solid #111;box-shadow:0 0 0 6px #fff}
@media (forced-colors:active){button{border:2px solid ButtonText}}`;

function adopt(root: ShadowRoot, doc: Document, nonce: string | undefined): void {
  try {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = CSS;
    root.appendChild(style);
  }
}

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
  host.style.setProperty('--z', String(o.zIndex));
  host.style.setProperty('--bg', o.accent);
  host.style.setProperty('--fg', textOn(o.accent));
  const root = host.attachShadow({ mode: 'open' });
  adopt(root, doc, o.nonce);
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
  button.addEventListener('click', () => o.onOpen());
  root.appendChild(button);
  doc.body.appendChild(host);
  return { remove: () => host.remove() };
}
