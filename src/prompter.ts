/**
 * Shows one question as a card and turns what the customer does into recorded events: the
 * answer is stored before the card thanks them, and the thanks tells the truth about delivery.
 */
import { localize } from './config/localize';
import type { ResolvedConfig } from './config/parse';
import type { AnswerValue, Emitter } from './events';
import type { WaypointCloudEvent, WaypointEventType } from './transport/envelope';
import { type MountedPrompt, mountPrompt } from './ui/mount';
import type { DeliveryState, PromptQuestion } from './ui/types';

type ResolvedQuestion = ResolvedConfig['questions'][number];
const THANKS_MS = 6000;

export interface PrompterOptions {
  doc: Document;
  config: ResolvedConfig;
  locale: string;
  emitter: Emitter;
  sendsVisitorId: () => boolean;
  /** Whether an `identify` user id goes with the events (not in anonymous mode). */
  sendsUserId?: () => boolean;
  isOffline: () => boolean;
  /** Builds, stores and returns an event of `type` for `q`. */
  record(
    type: WaypointEventType,
    q: ResolvedQuestion,
    trigger: string,
    answer?: { value: AnswerValue; followUp?: string },
    reason?: string,
  ): Promise<{ event: WaypointCloudEvent; stored: boolean; persisted: boolean }>;
  onOptOut(): void;
  flush(): void;
}

/** A question in the shape the card takes: every text localised. */
export function toPromptQuestion(q: ResolvedQuestion, locale: string): PromptQuestion {
  return {
    id: q.id,
    type: q.type,
    quality: q.quality,
    text: localize(q.text, locale),
    labels: q.labels && {
      min: localize(q.labels.min, locale),
      max: localize(q.labels.max, locale),
    },
    options: q.options?.map((o) => ({ id: o.id, text: localize(o.text, locale) })),
    multiple: q.multiple,
    placeholder: localize(q.placeholder, locale),
    maxLength: q.maxLength,
    followUp: q.followUp && { when: q.followUp.when, text: localize(q.followUp.text, locale) },
  };
}

export function createPrompter(o: PrompterOptions) {
  let prompt: MountedPrompt | undefined;
  let thanksTimer: ReturnType<typeof setTimeout> | undefined;
  let unsubscribe: (() => void) | undefined;

  function close(): void {
    clearTimeout(thanksTimer);
    unsubscribe?.();
    unsubscribe = undefined;
    prompt?.unmount();
    prompt = undefined;
  }

  /** Mounts the card for `q` and records that it was shown. Throws if it cannot render. */
  async function show(q: ResolvedQuestion, trigger: string): Promise<string> {
    const setDelivery = (delivery: DeliveryState) => prompt?.update({ delivery });
    prompt = mountPrompt(o.doc, o.config.appearance, {
      question: toPromptQuestion(q, o.locale),
      locale: o.locale,
      endpointHost: new URL(o.config.endpoint).host,
      policyUrl: o.config.privacy.policyUrl,
      sendsVisitorId: o.sendsVisitorId(),
      sendsUserId: o.sendsUserId?.() ?? false,
      onSubmit(value, followUp) {
        setDelivery('saving');
        void o
          .record('waypoint.answer', q, trigger, { value, followUp })
          .then(({ event, persisted }) => {
            const onSent = ({ ids }: { ids: string[] }) => {
              if (ids.includes(event.id)) setDelivery('sent');
            };
            o.emitter.on('sent', onSent);
            unsubscribe = () => o.emitter.off('sent', onSent);
            o.emitter.emit('answer', {
              questionId: q.id,
              eventId: event.id,
              value,
              followUp,
              persisted,
            });
            setDelivery(!persisted ? 'volatile' : o.isOffline() ? 'saved-offline' : 'saved');
            thanksTimer = setTimeout(close, THANKS_MS);
            o.flush();
          });
      },
      onDismiss(reason) {
        close();
        if (reason === 'opt-out') o.onOptOut();
        void o
          .record('waypoint.prompt.dismissed', q, trigger, undefined, reason)
          .then(({ event }) => {
            o.emitter.emit('dismissed', { questionId: q.id, eventId: event.id, reason });
            o.flush();
          });
      },
      onClose: close,
    });
    // Recorded once the card is really in the page, so "shown" counts only real impressions.
    const { event: shown } = await o.record('waypoint.prompt.shown', q, trigger);
    o.emitter.emit('shown', { questionId: q.id, eventId: shown.id, trigger });
    return shown.id;
  }

  return {
    show,
    close,
    get isOpen() {
      return prompt !== undefined;
    },
  };
}
