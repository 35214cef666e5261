/**
 * One card on screen, walking what it asks: a question, or a survey step by step (DESIGN §2
 * surveys). Each answer is stored before the card moves on or says thank you, a failed write
 * is said honestly and goes no further, and every event of a survey carries its response.
 */
import { type Askable, isSurvey, type ResolvedQuestion } from '../config/resolved';
import type { ResponseRef } from '../contract/types';
import { nextStep } from '../model/survey-path';
import type { CardOptions } from './card-options';
import { fill } from './i18n/format';
import type { LocalePack } from './i18n/pack';
import { mountPrompt } from './mount';
import { toPromptQuestion } from './prompt-question';
import type { DeliveryState, PromptQuestion } from './types';

const THANKS_MS = 6000;
/** How long a write may take before the card says "Saving…" (a quicker one never shows it). */
const SAVING_AFTER_MS = 100;

export interface Presenting {
  item: Askable;
  /** The trigger label the events carry: `'inline'` for an inline card. */
  trigger: string;
  pack: LocalePack;
  /** The element an inline card goes in; none for the floating card. */
  into?: Element;
  onEngage?(): void;
  /** The card went: closed, dismissed, thanked long enough, or taken out of the page. */
  onGone(): void;
}

export interface Presented {
  /** The shown event's id, once it is stored. */
  shown: Promise<string>;
  /** Saying thank you rather than asking. */
  readonly thanking: boolean;
  /** The endpoint acknowledged these events. */
  delivered(ids: string[]): void;
  /** Takes the card out of the page; again does nothing. */
  close(): void;
}

/** Mounts the card for `p.item` and records that it was shown. Throws if it cannot render. */
export function present(o: CardOptions, p: Presenting): Presented {
  const { item, trigger, pack, into } = p;
  const survey = isSurvey(item) ? item : undefined;
  const steps = survey?.steps ?? [{ question: item.id }];
  const questions: Array<ResolvedQuestion | undefined> = survey
    ? steps.map((s) => o.config.questions.find((q) => q.id === s.question))
    : [item as ResolvedQuestion];
  // The schema refuses such a config; one not validated yet must still not half-render.
  if (!questions.length || questions.includes(undefined))
    throw new Error(`survey "${item.id}" names no question, or an unknown one`);

  const responseId = survey && o.newId();
  const ref = (at: number, complete: boolean): ResponseRef | undefined =>
    survey && {
      id: responseId as string,
      survey: survey.id,
      step: at + 1,
      steps: steps.length,
      complete,
    };
  // Answers stored and not yet acknowledged: "sent" waits for all of a survey's.
  const pending = new Set<string>();
  // Delivery may acknowledge an answer before its write has reported back here.
  const sent = new Set<string>();
  let at = 0;
  let q!: ResolvedQuestion;
  let shown!: PromptQuestion;
  let done = false;
  let thanking = false;
  let volatile = false;
  let writing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** The card for step `i`: a new `key`, so the step starts afresh (value, follow-up, "Why"). */
  const step = (i: number, takeFocus?: boolean) => {
    q = questions[i] as ResolvedQuestion;
    shown = toPromptQuestion(q, o.locale, pack.bank[q.id], o.seed);
    return {
      key: i,
      question: shown,
      progress: survey && fill(pack.strings.progress, { step: i + 1, steps: steps.length }),
      takeFocus,
      delivery: undefined,
    };
  };
  const close = () => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    mounted.unmount();
    p.onGone();
  };
  const setDelivery = (delivery: DeliveryState) => done || mounted.update({ delivery });

  const mounted = mountPrompt(
    o.doc,
    o.config.appearance,
    {
      // The launcher's card was asked for, and its tab steps aside: focus goes to the card.
      ...step(0, trigger === 'launcher'),
      locale: o.locale,
      strings: pack.strings,
      endpointHost: new URL(o.config.endpoint).host,
      policyUrl: o.config.privacy.policyUrl,
      sendsVisitorId: o.sendsVisitorId(),
      sendsUserId: o.sendsUserId?.() ?? false,
      initiated: !!into || trigger === 'launcher',
      preview: o.preview,
      onEngage: p.onEngage,
      onSubmit(value, followUp) {
        const question = q;
        const next = nextStep(steps, at, value);
        const response = ref(at, next < 0);
        const order = question.shuffle ? shown.options?.map((x) => x.id) : undefined;
        // One answer at a time: a second Send while the first is being written is ignored.
        if (writing) return;
        writing = true;
        // "Saving…" replaces the form only if the write takes a moment: drawing it at once
        // costs a frame that holds IndexedDB's reply back (about 10 ms at 4× CPU throttle).
        const saving = setTimeout(() => setDelivery('saving'), SAVING_AFTER_MS);
        const written = () => {
          clearTimeout(saving);
          writing = false;
        };
        o.record({
          type: 'waypoint.answer',
          question,
          trigger,
          text: shown.text,
          answer: { value, followUp, order },
          response,
        }).then(
          ({ id, stored, persisted }) => {
            written();
            if (done) return;
            if (!stored) return setDelivery('failed');
            if (!sent.has(id)) pending.add(id);
            volatile ||= !persisted;
            o.onAnswer(item, {
              questionId: question.id,
              eventId: id,
              value,
              followUp,
              persisted,
              response,
            });
            o.flush();
            if (next >= 0) {
              at = next;
              // Focus was in the card (on Send, or on the "Saving…" note that replaced it): it
              // goes to the next question rather than drop to the top of the page.
              mounted.update(step(next, !!mounted.host.shadowRoot?.activeElement));
              return;
            }
            thanking = true;
            setDelivery(
              !pending.size && sent.has(id)
                ? 'sent'
                : volatile
                  ? 'volatile'
                  : o.isOffline()
                    ? 'saved-offline'
                    : 'saved',
            );
            // An inline thank-you stays: it is part of the page, and taking it away would
            // move the content under the reader; it goes when the customer closes it.
            if (!into) timer = setTimeout(close, THANKS_MS);
          },
          (e: unknown) => {
            written();
            o.error('storage', `the answer to "${question.id}" could not be saved: ${String(e)}`);
            setDelivery('failed');
          },
        );
      },
      onDismiss(reason) {
        const question = q;
        const response = ref(at, false);
        close();
        if (reason === 'opt-out') o.onOptOut();
        o.record({
          type: 'waypoint.prompt.dismissed',
          question,
          trigger,
          text: shown.text,
          reason,
          response,
        }).then(
          ({ id }) => {
            o.onDismissed(item, { questionId: question.id, eventId: id, reason, response });
            o.flush();
          },
          (e: unknown) => o.error('storage', `could not record the dismissal: ${String(e)}`),
        );
      },
      onClose: close,
    },
    into,
  );

  // Recorded once the card is really in the page, so "shown" counts only real impressions;
  // a survey is shown once, with its first step.
  const response = ref(0, false);
  return {
    shown: o
      .record({ type: 'waypoint.prompt.shown', question: q, trigger, text: shown.text, response })
      .then(({ id }) => {
        o.onShown(item, id, trigger, response);
        return id;
      }),
    get thanking() {
      return thanking;
    },
    delivered(ids) {
      for (const id of ids) {
        sent.add(id);
        pending.delete(id);
      }
      if (thanking && !pending.size) setDelivery('sent');
    },
    close,
  };
}
