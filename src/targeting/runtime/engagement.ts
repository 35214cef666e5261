/**
 * Whether the customer has touched the open card — pressed, typed or focused inside it. Input
 * inside the card's (open) shadow root reaches the document with the host element on its
 * composed path, so one passive listener per kind sees it without reaching into the card.
 */

const KINDS = ['pointerdown', 'keydown', 'focusin'] as const;

export interface EngagementWatch {
  /** Whether the customer touched the card since the last `reset()`. */
  engaged(): boolean;
  /** A new card is shown: not touched yet. */
  reset(): void;
  destroy(): void;
}

/**
 * Watches for input inside the element named `hostTag`.
 *
 * @example
 * const watch = watchEngagement(document, 'waypoint-prompt');
 * if (!watch.engaged()) replaceTheCard();
 */
export function watchEngagement(doc: Document | undefined, hostTag: string): EngagementWatch {
  let engaged = false;
  const tag = hostTag.toUpperCase();
  const onInput = (e: Event) => {
    const path = typeof e.composedPath === 'function' ? e.composedPath() : [e.target];
    if (path.some((n) => (n as Element | null)?.tagName?.toUpperCase() === tag)) engaged = true;
  };
  for (const kind of KINDS) doc?.addEventListener(kind, onInput, { capture: true, passive: true });
  return {
    engaged: () => engaged,
    reset() {
      engaged = false;
    },
    destroy() {
      for (const kind of KINDS) doc?.removeEventListener(kind, onInput, { capture: true });
    },
  };
}
