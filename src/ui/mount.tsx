/**
 * Puts the prompt in the page: one `<waypoint-prompt>` host with an open shadow root, our
 * stylesheets adopted into it (no inline <style>, so a strict `style-src` CSP is fine), and
 * Preact rendering inside. The only module that touches the host page's DOM tree.
 */
import { type Attributes, render } from 'preact';
import { HOST_TAG } from '../contract/types';
import { adoptStyles } from '../platform/adopt-styles';
import { harden } from './harden';
import { mountPoint } from './mount-point';
import { Prompt } from './Prompt';
import cardCss from './styles/card.css?inline';
import hostCss from './styles/host.css?inline';
import optionsCss from './styles/options.css?inline';
import { accentProperties } from './theme';
import type { PromptProps } from './types';

/** One sheet from the three files: the host, the card, the answer options. */
const css = [hostCss, cardCss, optionsCss].join('\n');

export { HOST_TAG } from '../contract/types';

export interface Appearance {
  position: string;
  theme: 'auto' | 'light' | 'dark';
  accent: string;
  zIndex: number;
  /** CSP nonce for the <style> fallback (constructable stylesheets need none). */
  nonce?: string;
}

export interface MountedPrompt {
  host: HTMLElement;
  /** A new `key` mounts a new card in the same host (a survey's next step). */
  update(props: Partial<PromptProps> & Attributes): void;
  unmount(): void;
}

/**
 * Remembers where focus came from when it entered the card, and gives it back when the card
 * goes while focus is inside it, so a keyboard user is not dropped at the top of the page.
 */
function returnFocusOnLeave(host: HTMLElement, root: ShadowRoot): () => void {
  let from: HTMLElement | undefined;
  host.addEventListener('focusin', (e) => {
    // Moves inside the shadow root are retargeted to the host itself; only outside ones count.
    const t = e.relatedTarget;
    if (t instanceof HTMLElement && t !== host && !host.contains(t)) from = t;
  });
  return () => {
    if (root.activeElement && from?.isConnected) from.focus({ preventScroll: true });
  };
}

/**
 * Renders `props` into a new host element: floating, at the end of body (or <html>, see
 * mount-point), or inline, appended to `into` in the page's flow. An inline card that leaves
 * the page (its element removed, or the host itself) closes as if its Close button were pressed.
 */
export function mountPrompt(
  doc: Document,
  appearance: Appearance,
  props: PromptProps & Attributes,
  into?: Element,
): MountedPrompt {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute(into ? 'data-inline' : 'data-position', into ? '' : appearance.position);
  host.setAttribute('data-theme', appearance.theme);
  harden(host, into ? 'static' : 'fixed', into ? 'auto' : String(appearance.zIndex));
  // CSSOM writes are not inline styles in the CSP sense: style-src need not allow them.
  host.style.setProperty('--wp-z', String(appearance.zIndex));
  for (const [name, value] of Object.entries(accentProperties(appearance.accent))) {
    host.style.setProperty(name, value);
  }
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, doc, css, appearance.nonce);
  (into ?? mountPoint(doc)).appendChild(host);
  const giveFocusBack = returnFocusOnLeave(host, root);
  // Event-driven, not polled: any removal in the document that took the host with it.
  const gone = into && new MutationObserver(() => host.isConnected || current.onClose());
  gone?.observe(doc, { childList: true, subtree: true });

  let current = props;
  // The key is passed on its own: a key inside spread props is not the element's key.
  const draw = () => render(<Prompt key={current.key} {...current} />, root);
  draw();
  return {
    host,
    update(next) {
      current = { ...current, ...next };
      draw();
    },
    unmount() {
      gone?.disconnect();
      giveFocusBack();
      render(null, root);
      host.remove();
    },
  };
}
