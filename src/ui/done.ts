/**
 * An inline card the visitor completed on an earlier page, drawn as done ("You answered this —
 * thank you"): no question, no "shown" event, nothing to send. It closes like an inline
 * thank-you, with its Close button or when its element leaves the page.
 */
import { type Askable, isSurvey, type ResolvedQuestion } from '../config/resolved';
import type { CardOptions } from './card-options';
import type { LocalePack } from './i18n/pack';
import { mountPrompt } from './mount';
import { toPromptQuestion } from './prompt-question';

/**
 * @example
 * const done = mountDone(options, survey, pack, document.querySelector('#feedback'), onGone);
 */
export function mountDone(
  o: CardOptions,
  item: Askable,
  pack: LocalePack,
  into: Element,
  onGone: () => void,
): { close(): void } {
  const first = isSurvey(item) ? item.steps[0]?.question : item.id;
  const q = isSurvey(item)
    ? o.config.questions.find((x) => x.id === first)
    : (item as ResolvedQuestion);
  if (!q) throw new Error(`survey "${item.id}" names an unknown question`);
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    mounted.unmount();
    onGone();
  };
  const mounted = mountPrompt(
    o.doc,
    o.config.appearance,
    {
      question: toPromptQuestion(q, o.locale, pack.bank[q.id], o.seed),
      locale: o.locale,
      strings: pack.strings,
      endpointHost: new URL(o.config.endpoint).host,
      policyUrl: o.config.privacy.policyUrl,
      sendsVisitorId: o.sendsVisitorId(),
      initiated: true,
      delivery: 'answered',
      onSubmit: () => undefined,
      onDismiss: close,
      onClose: close,
    },
    into,
  );
  return { close };
}
