/**
 * The cards a customer opens themselves (DESIGN §3): inline cards drawn by `render`, and the
 * launcher tab. They count against no cap and show past an opt-out of prompts; consent, a
 * valid config and room in the queue still come first. Also how the card's reports reach
 * targeting and the public events, since only prompts count against the caps.
 */
import type { Askable, ErrorCode, ResponseRef, WaypointEvents } from './contract';
import type { Emitter } from './events';
import { createInline, type InlineOptions } from './inline';
import { createLauncherTab, type TabOptions } from './launcher/tab';
import type { Targeting } from './targeting/targeting';

/** Triggers of cards the customer opened: they count against no cap. */
const customerInitiated = (trigger: string) => trigger === 'inline' || trigger === 'launcher';

export interface CustomerCardOptions
  extends Omit<InlineOptions, 'mount'>,
    Omit<TabOptions, 'open' | 'prefetch'> {
  card: {
    render(target: Element | string, item: Askable): Promise<unknown>;
    closeInline(): void;
    prefetch(): Promise<void>;
  };
  present(item: Askable, trigger: 'launcher'): Promise<unknown>;
  error(code: ErrorCode, message: string): void;
}

export function createCustomerCards(o: CustomerCardOptions) {
  const inline = createInline({ ...o, mount: (el, item) => o.card.render(el, item) });
  const launcher = createLauncherTab({
    ...o,
    prefetch: () =>
      void o.card
        .prefetch()
        .catch((e: unknown) => o.error('render', `could not load the card: ${String(e)}`)),
    async open(item) {
      if (await o.isFull())
        return o.error('queue-full', 'the queue is full; not asking until it drains');
      await o.present(item, 'launcher');
    },
  });
  return {
    render: inline.render,
    /** Consent allows it: the launcher tab appears. */
    show: launcher.show,
    /** Consent withdrawn, or `destroy()`: the tab and every inline card go. */
    hide(): void {
      launcher.hide();
      o.card.closeInline();
    },
  };
}

/** The card's reports, to targeting (prompts only count against the caps) and to listeners. */
export function cardReports(targeting: Targeting, emitter: Emitter) {
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
      targeting.answered(item.id);
      emitter.emit('answer', e);
    },
    onDismissed(item: Askable, e: WaypointEvents['dismissed']) {
      targeting.dismissed(item.id);
      emitter.emit('dismissed', e);
    },
  };
}
