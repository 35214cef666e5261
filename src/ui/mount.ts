/**
 * Puts the prompt in the page: one `<waypoint-prompt>` host with an open shadow root, our
 * stylesheet adopted into it (no inline <style>, so a strict `style-src` CSP is fine), and
 * Preact rendering inside. The only module that touches the host page's DOM tree.
 */
import { h, render } from 'preact';
import { textOn } from './contrast';
import { Prompt } from './Prompt';
import css from './styles/prompt.css?inline';
import type { PromptProps } from './types';

export const HOST_TAG = 'waypoint-prompt';

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
  update(props: Partial<PromptProps>): void;
  unmount(): void;
}

function adoptStyles(root: ShadowRoot, doc: Document, nonce: string | undefined): void {
  try {
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers before constructable stylesheets: a <style> element (needs style-src to allow it).
    const style = doc.createElement('style');
    if (nonce) style.nonce = nonce;
    style.textContent = css;
    root.appendChild(style);
  }
}

/** Renders `props` into a new host element appended to `doc.body`. */
export function mountPrompt(
  doc: Document,
  appearance: Appearance,
  props: PromptProps,
): MountedPrompt {
  const host = doc.createElement(HOST_TAG);
  host.setAttribute('data-position', appearance.position);
  host.setAttribute('data-theme', appearance.theme);
  // CSSOM writes are not inline styles in the CSP sense: style-src need not allow them.
  host.style.setProperty('--wp-accent', appearance.accent);
  host.style.setProperty('--wp-accent-text', textOn(appearance.accent));
  host.style.setProperty('--wp-z', String(appearance.zIndex));
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(root, doc, appearance.nonce);
  (doc.body ?? doc.documentElement).appendChild(host);

  let current = props;
  render(h(Prompt, current), root);
  return {
    host,
    update(next) {
      current = { ...current, ...next };
      render(h(Prompt, current), root);
    },
    unmount() {
      render(null, root);
      host.remove();
    },
  };
}
