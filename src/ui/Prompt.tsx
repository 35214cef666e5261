/**
 * The feedback card: a non-modal region that never takes focus on its own, announces its
 * question politely, and closes on Escape (DESIGN §3).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnswerValue } from '../contract';
import { followUpApplies } from '../model/follow-up';
import { FollowUp } from './FollowUp';
import { QUESTION_COMPONENTS } from './questions';
import { Thanks, thanksMessage } from './Thanks';
import type { PromptProps } from './types';
import { Why } from './Why';

let prompts = 0;

const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

export function Prompt(props: PromptProps) {
  const { question: q, locale, delivery, strings: s, progress } = props;
  // The UI fell back to English for this locale: config text may be in another script.
  const sameLanguage = language(s.lang) === language(locale);
  const textDir = sameLanguage ? undefined : 'auto';
  const card = useRef<HTMLElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const [ids] = useState(() => `wp${++prompts}`);
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  const [followUp, setFollowUp] = useState('');
  const [showWhy, setShowWhy] = useState(false);
  const [hint, setHint] = useState(false);
  const [announce, setAnnounce] = useState('');
  const [focusThanks, setFocusThanks] = useState(false);

  const Question = QUESTION_COMPONENTS[q.type];
  const answered =
    value !== undefined &&
    !(Array.isArray(value) && value.length === 0) &&
    !(typeof value === 'string' && value.trim() === '');
  const showFollowUp = !!(answered && q.followUp && followUpApplies(q.followUp.when, value));

  // A live region announces only a change made after it is in the page, hence the delay;
  // anything announced meanwhile (a follow-up, the thanks) is newer and stays. A survey's
  // steps each mount a new card (a new `key`), so each step is announced with its progress.
  const said = progress ? `${progress}. ${q.text}` : q.text;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves once, when a step mounts
  useEffect(() => {
    const t = setTimeout(() => setAnnounce((a) => a || said), 50);
    if (props.takeFocus) title.current?.focus({ preventScroll: true });
    return () => clearTimeout(t);
  }, [said]);
  useEffect(() => {
    if (showFollowUp && q.followUp) setAnnounce(q.followUp.text);
  }, [showFollowUp, q.followUp]);
  // "Saving…" lasts a moment: announcing it would only queue up behind the real outcome.
  useEffect(() => {
    if (delivery && delivery !== 'saving') setAnnounce(thanksMessage(delivery, s));
  }, [delivery, s]);

  const submit = (e: Event) => {
    e.preventDefault();
    if (!answered) {
      setHint(true);
      setAnnounce(s.chooseFirst);
      return;
    }
    const root = card.current?.getRootNode() as ShadowRoot | Document | undefined;
    setFocusThanks(!!root?.activeElement && !!card.current?.contains(root.activeElement));
    const extra = showFollowUp && followUp.trim() ? followUp.trim() : undefined;
    props.onSubmit(value as AnswerValue, extra);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    // While an input method is composing, Escape cancels the composition, not the card.
    if (e.key !== 'Escape' || e.isComposing) return;
    e.stopPropagation();
    if (delivery) props.onClose();
    else props.onDismiss('escape');
  };

  return (
    <section
      ref={card}
      class="wp-card"
      aria-label={s.region}
      dir={s.dir}
      lang={sameLanguage ? locale : s.lang}
      onKeyDown={onKeyDown}
      onPointerDown={props.onEngage}
      onKeyDownCapture={props.onEngage}
      onFocusIn={props.onEngage}
    >
      <p class="wp-visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
      {delivery ? (
        <Thanks state={delivery} strings={s} takeFocus={focusThanks} onClose={props.onClose} />
      ) : (
        <form class="wp-form" onSubmit={submit} noValidate>
          {progress && <p class="wp-progress">{progress}</p>}
          <h2
            ref={title}
            class="wp-title"
            id={`${ids}-q`}
            dir={textDir}
            tabIndex={props.takeFocus ? -1 : undefined}
          >
            {q.text}
          </h2>
          <Question
            question={q}
            value={value}
            labelId={`${ids}-q`}
            strings={s}
            textDir={textDir}
            onChange={(v) => {
              setValue(v);
              setHint(false);
            }}
          />
          {showFollowUp && q.followUp && (
            <FollowUp
              id={`${ids}-fu`}
              text={q.followUp.text}
              value={followUp}
              maxLength={q.maxLength}
              strings={s}
              textDir={textDir}
              onInput={setFollowUp}
            />
          )}
          {hint && (
            <p class="wp-hint" id={`${ids}-hint`}>
              {s.chooseFirst}
            </p>
          )}
          <div class="wp-actions">
            <button
              type="submit"
              class="wp-button wp-button--primary"
              aria-describedby={hint ? `${ids}-hint` : undefined}
            >
              {s.send}
            </button>
            <button
              type="button"
              class="wp-button wp-button--quiet"
              onClick={() => props.onDismiss('dismiss')}
            >
              {s.notNow}
            </button>
          </div>
          <div class="wp-meta">
            <button
              type="button"
              class="wp-link"
              aria-expanded={showWhy ? 'true' : 'false'}
              aria-controls={`${ids}-why`}
              onClick={() => setShowWhy(!showWhy)}
            >
              {s.why}
            </button>
            {!props.initiated && (
              <button type="button" class="wp-link" onClick={() => props.onDismiss('opt-out')}>
                {s.optOut}
              </button>
            )}
          </div>
          <Why
            id={`${ids}-why`}
            open={showWhy}
            quality={q.quality}
            endpointHost={props.endpointHost}
            policyUrl={props.policyUrl}
            sendsVisitorId={props.sendsVisitorId}
            sendsUserId={props.sendsUserId}
            strings={s}
          />
        </form>
      )}
    </section>
  );
}
