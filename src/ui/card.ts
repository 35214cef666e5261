/**
 * Shows one question as a card and turns what the customer does into recorded events, through
 * callbacks into the core. The answer is stored before the card says thank you, and a failed
 * write is said honestly. A thank-you note never blocks the next prompt: only a question on
 * screen counts as open.
 */
import type { ResolvedConfig } from '../config/resolved';
import type {
  AnswerValue,
  DismissReason,
  ErrorCode,
  RecordResult,
  ResolvedQuestion,
  WaypointEvents,
  WaypointEventType,
} from '../contract';
import type { LocalePack } from './i18n/pack';
import { type MountedPrompt, mountPrompt } from './mount';
import { toPromptQuestion } from './prompt-question';
import type { DeliveryState } from './types';

const THANKS_MS = 6000;

export interface CardOptions {
  doc: Document;
  config: ResolvedConfig;
  locale: string;
  error(code: ErrorCode, message: string): void;
  sendsVisitorId: () => boolean;
  /** Whether an `identify` user id goes with the events (not in anonymous mode). */
  sendsUserId?: () => boolean;
  isOffline: () => boolean;
  /** Builds, stores and returns an event of `type` for `q`. */
  record(
    type: WaypointEventType,
    q: ResolvedQuestion,
    trigger: string,
    text: string,
    answer?: { value: AnswerValue; followUp?: string },
    reason?: string,
  ): Promise<RecordResult>;
  onShown(q: ResolvedQuestion, eventId: string, trigger: string): void;
  onAnswer(e: WaypointEvents['answer']): void;
  onDismissed(e: WaypointEvents['dismissed']): void;
  onOptOut(): void;
  flush(): void;
}

/**
 * @example
 * const card = createCard({ doc, config, locale, error, record, onShown, … });
 * await card.show(question, 'stage', pack);
 */
export function createCard(o: CardOptions) {
  let prompt: MountedPrompt | undefined;
  let thanking = false;
  let engaged = false;
  let waitingFor: string | undefined;
  let thanksTimer: ReturnType<typeof setTimeout> | undefined;

  function close(): void {
    clearTimeout(thanksTimer);
    waitingFor = undefined;
    thanking = false;
    prompt?.unmount();
    prompt = undefined;
  }

  /** Mounts the card for `q` and records that it was shown. Throws if it cannot render. */
  async function show(q: ResolvedQuestion, trigger: string, pack: LocalePack): Promise<string> {
    const question = toPromptQuestion(q, o.locale, pack.bank[q.id]);
    const setDelivery = (delivery: DeliveryState) => mounted.update({ delivery });
    close();
    engaged = false;
    const mounted = mountPrompt(o.doc, o.config.appearance, {
      question,
      locale: o.locale,
      strings: pack.strings,
      endpointHost: new URL(o.config.endpoint).host,
      policyUrl: o.config.privacy.policyUrl,
      sendsVisitorId: o.sendsVisitorId(),
      sendsUserId: o.sendsUserId?.() ?? false,
      onEngage() {
        engaged = true;
      },
      onSubmit(value, followUp) {
        setDelivery('saving');
        o.record('waypoint.answer', q, trigger, question.text, { value, followUp }).then(
          ({ id, stored, persisted }) => {
            if (prompt !== mounted) return;
            if (!stored) {
              setDelivery('failed');
              return;
            }
            waitingFor = id;
            o.onAnswer({ questionId: q.id, eventId: id, value, followUp, persisted });
            thanking = true;
            setDelivery(!persisted ? 'volatile' : o.isOffline() ? 'saved-offline' : 'saved');
            thanksTimer = setTimeout(close, THANKS_MS);
            o.flush();
          },
          (e: unknown) => {
            o.error('storage', `the answer to "${q.id}" could not be saved: ${String(e)}`);
            if (prompt === mounted) setDelivery('failed');
          },
        );
      },
      onDismiss(reason: DismissReason) {
        close();
        if (reason === 'opt-out') o.onOptOut();
        o.record('waypoint.prompt.dismissed', q, trigger, question.text, undefined, reason).then(
          ({ id }) => {
            o.onDismissed({ questionId: q.id, eventId: id, reason });
            o.flush();
          },
          (e: unknown) => o.error('storage', `could not record the dismissal: ${String(e)}`),
        );
      },
      onClose: close,
    });
    prompt = mounted;
    // Recorded once the card is really in the page, so "shown" counts only real impressions.
    const shown = await o.record('waypoint.prompt.shown', q, trigger, question.text);
    o.onShown(q, shown.id, trigger);
    return shown.id;
  }

  return {
    show,
    close,
    /** A question is on screen (a thank-you note does not count: it gives way). */
    get isOpen() {
      return prompt !== undefined && !thanking;
    },
    /** Whether the customer has touched the card on screen. */
    engaged: () => engaged,
    /** The endpoint acknowledged these events: the thank-you says "sent". */
    delivered(ids: string[]) {
      if (waitingFor && ids.includes(waitingFor)) prompt?.update({ delivery: 'sent' });
    },
  };
}

export type Card = ReturnType<typeof createCard>;
