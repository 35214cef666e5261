/**
 * "Never shown while the customer is typing in a form field" (DESIGN §3): a prompt whose
 * trigger fires while a text field has focus waits until focus has been out of form fields for
 * a quiet moment, so that moving from one field to the next does not count as stopping.
 */

/** How long focus must stay out of form fields before a waiting prompt may show. */
export const TYPING_QUIET_MS = 1500;

const NOT_TEXT = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'hidden',
  'image',
  'radio',
  'range',
  'reset',
  'submit',
]);

/**
 * Whether `el` takes typing: a text-like input, a text area, a select or editable content.
 *
 * @example
 * isEditable(document.querySelector('input[type=email]')); // true
 */
export function isEditable(el: Element | null | undefined): boolean {
  if (!el) return false;
  const tag = el.tagName?.toLowerCase();
  if (tag === 'textarea' || tag === 'select') return true;
  if (tag === 'input')
    return !NOT_TEXT.has(((el as HTMLInputElement).type || 'text').toLowerCase());
  return (el as HTMLElement).isContentEditable === true;
}

/** The focused element, looking into open shadow roots except the one named `ignore`. */
function focused(doc: Document, ignore: string | undefined): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) {
    if (ignore && el.tagName.toLowerCase() === ignore) return null;
    el = el.shadowRoot.activeElement;
  }
  return el;
}

export interface TypingWatch {
  /** Whether the visitor is in a form field now. */
  typing(): boolean;
  destroy(): void;
}

/**
 * Watches focus in `doc`; calls `onStop` once focus has left form fields for `quietMs`.
 *
 * @example
 * const watch = watchTyping(document, { onStop: () => retryWaitingPrompt() });
 * if (watch.typing()) waitForIt();
 */
export function watchTyping(
  doc: Document | undefined,
  o: { onStop(): void; ignore?: string; quietMs?: number },
): TypingWatch {
  if (!doc) return { typing: () => false, destroy: () => undefined };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const typing = () => isEditable(focused(doc, o.ignore));
  const onFocusOut = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!typing()) o.onStop();
    }, o.quietMs ?? TYPING_QUIET_MS);
  };
  doc.addEventListener('focusout', onFocusOut, { capture: true, passive: true });
  return {
    typing,
    destroy() {
      clearTimeout(timer);
      doc.removeEventListener('focusout', onFocusOut, { capture: true });
    },
  };
}
