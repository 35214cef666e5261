/**
 * How the card's reports reach targeting and the public events. Only prompts count against
 * the caps: cards the customer opened (inline, the launcher) do not.
 */

import type { Askable } from '../config/resolved';
import type { Emitter } from '../contract/events';
import type { ResponseRef, WaypointEvents } from '../contract/types';

/** Triggers of cards the customer opened: they count against no cap. */
const customerInitiated = (trigger: string) => trigger === 'inline' || trigger === 'launcher';

/** What targeting learns from the card (`Targeting`'s methods of the same names). */
export interface Learner {
  shown(item: Askable): void;
  answered(id: string, complete?: boolean): void;
  /** Whether `id` was answered to the end on this device (an inline card then shows done). */
  completed(id: string): Promise<boolean>;
  dismissed(id: string): void;
}

/** The card's reports, to targeting (prompts only count against the caps) and to listeners. */
export function cardReports(targeting: Learner, emitter: Emitter) {
  return {
    onShown(item: Askable, eventId: string, trigger: string, response?: ResponseRef) {
      if (!customerInitiated(trigger)) targeting.shown(item);
      emitter.emit('shown', {
        questionId: item.id,
        eventId,
        trigger,
        ...(response && { response }),
      });
    },
    onAnswer(item: Askable, e: WaypointEvents['answer']) {
      // An answer given anywhere starts the cooldown: nobody is asked again what they just told us.
      // A survey is completed by its last step; a question by its answer.
      targeting.answered(item.id, e.response?.complete ?? true);
      emitter.emit('answer', e);
    },
    onDismissed(item: Askable, e: WaypointEvents['dismissed']) {
      targeting.dismissed(item.id);
      emitter.emit('dismissed', e);
    },
  };
}
