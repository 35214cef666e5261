/**
 * "Never shown while the customer is typing in a form field" (DESIGN §3). Typing is recent
 * keystrokes, not focus alone: an autofocused search box would otherwise hold every prompt back.
 */

/**
 * How long after the last keystroke or input the visitor counts as typing: longer than the
 * pause between words or fields, short enough that a waiting prompt still fits the moment.
 */
export const TYPING_QUIET_MS = 3000;

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

/** The element an event really came from, or null when it came from inside `ignore`. */
function source(e: Event, ignore: string | undefined): Element | null {
  const path = e.composedPath?.() ?? [e.target];
  if (ignore && path.some((n) => (n as Element).tagName?.toLowerCase() === ignore)) return null;
  return (path[0] ?? e.target) as Element | null;
}

export interface TypingWatch {
  /** Whether the visitor typed in a form field within the last `quietMs`. */
  typing(): boolean;
  destroy(): void;
}

/**
 * Watches keystrokes and input in `doc`'s form fields; calls `onStop` once the visitor has not
 * typed for `quietMs`. A pending timer is the state: no clock is read, so none can jump.
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
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      o.onStop();
    }, o.quietMs ?? TYPING_QUIET_MS);
  };
  const onType = (e: Event) => {
    if (isEditable(source(e, o.ignore))) arm();
  };
  // Keys pressed before the watch began are unknown: a field with focus then counts as typing
  // for one quiet moment, never longer.
  if (isEditable(focused(doc, o.ignore))) arm();
  // `input` covers what sends no usable keydown: phone keyboards, IME, paste, autofill.
  const events = ['keydown', 'input'] as const;
  for (const t of events) doc.addEventListener(t, onType, { capture: true, passive: true });
  return {
    typing: () => timer !== undefined,
    destroy() {
      clearTimeout(timer);
      timer = undefined;
      for (const t of events) doc.removeEventListener(t, onType, { capture: true });
    },
  };
}
