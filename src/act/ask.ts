/**
 * `ask(questionId)`: show a question now, whatever its stage, trigger, sampling and the caps —
 * but never past missing consent or "Don't ask me again" (DESIGN §2), never over another
 * prompt, and never while the queue is full (an answer must have somewhere to go).
 */
import type { Askable } from '../config/resolved';
import type { ErrorCode } from '../contract/types';

/** Why `ask` did or did not show a prompt. */
export type AskResult = { shown: true; eventId: string } | { shown: false; reason: string };

export interface AskDeps {
  /** The questions and surveys that can be asked. */
  items: readonly Askable[];
  destroyed(): boolean;
  consented(): boolean;
  /** Opens storage; only called once consent is given. */
  open(): Promise<{ visitor: { optedOut: boolean } }>;
  /** Whether the queue is at its bound (reads the queue, so only asked when about to show). */
  isFull(): Promise<boolean>;
  promptOpen(): boolean;
  show(item: Askable, trigger: 'manual'): Promise<AskResult>;
  error(code: ErrorCode, message: string): void;
}

/**
 * Shows question `questionId` now unless consent, opt-out, an open prompt or a full queue
 * says no; each refusal is also an `error` event naming its reason.
 *
 * @example
 * await askNow('advocate-nps', deps); // { shown: false, reason: 'opted-out' }
 */
export async function askNow(questionId: string, d: AskDeps): Promise<AskResult> {
  if (d.destroyed()) return { shown: false, reason: 'destroyed' };
  if (!d.consented()) {
    d.error('consent', `not asking "${questionId}": consent has not been given`);
    return { shown: false, reason: 'consent' };
  }
  const q = d.items.find((x) => x.id === questionId);
  if (!q) {
    const known = d.items.map((x) => x.id).join(', ');
    d.error('unknown-question', `no question or survey "${questionId}" (known: ${known})`);
    return { shown: false, reason: 'unknown-question' };
  }
  const c = await d.open();
  if (c.visitor.optedOut) {
    d.error(
      'consent',
      `not asking "${questionId}": the visitor opted out of prompts on this device`,
    );
    return { shown: false, reason: 'opted-out' };
  }
  if (d.promptOpen()) return { shown: false, reason: 'a prompt is already open' };
  if (await d.isFull()) {
    d.error('queue-full', 'the queue is full; not asking until it drains');
    return { shown: false, reason: 'queue-full' };
  }
  return d.show(q, 'manual');
}
