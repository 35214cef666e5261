/**
 * The feedback card: a non-modal region that never takes focus, announces its question
 * politely, and closes on Escape (DESIGN §3).
 */
import { useEffect, useState } from 'preact/hooks';
import type { AnswerValue } from '../events';
import { followUpApplies } from '../model/follow-up';
import { stringsFor } from './i18n';
import { QUESTION_COMPONENTS } from './questions';
import { Thanks } from './Thanks';
import type { PromptProps } from './types';
import { Why } from './Why';

let prompts = 0;

export function Prompt(props: PromptProps) {
  const { question: q, locale, delivery } = props;
  const s = stringsFor(locale);
  const [ids] = useState(() => `wp${++prompts}`);
  const [value, setValue] = useState<AnswerValue | undefined>(undefined);
  const [followUp, setFollowUp] = useState('');
  const [showWhy, setShowWhy] = useState(false);
  const [hint, setHint] = useState(false);
  const [announce, setAnnounce] = useState('');

  // A live region announces only a change after it is in the page, so the text comes a tick later.
  useEffect(() => {
    const t = setTimeout(() => setAnnounce(q.text), 50);
    return () => clearTimeout(t);
  }, [q.text]);
  useEffect(() => {
    if (delivery) setAnnounce(delivery === 'sent' ? s.sent : s.thanks);
  }, [delivery, s]);

  const Question = QUESTION_COMPONENTS[q.type];
  const answered =
    value !== undefined && !(Array.isArray(value) && value.length === 0) && value !== '';
  const showFollowUp = answered && q.followUp && followUpApplies(q.followUp.when, value);

  const submit = (e: Event) => {
    e.preventDefault();
    if (!answered) return setHint(true);
    const extra = showFollowUp && followUp.trim() ? followUp.trim() : undefined;
    props.onSubmit(value as AnswerValue, extra);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      if (delivery) props.onClose();
      else props.onDismiss('escape');
    }
  };

  return (
    <section
      class="wp-card"
      aria-labelledby={`${ids}-q`}
      dir={s.dir}
      lang={locale}
      onKeyDown={onKeyDown}
    >
      <p class="wp-visually-hidden" aria-live="polite" aria-atomic="true">
        {announce}
      </p>
      {delivery ? (
        <Thanks state={delivery} strings={s} onClose={props.onClose} />
      ) : (
        <form class="wp-form" onSubmit={submit} noValidate>
          <h2 class="wp-title" id={`${ids}-q`}>
            {q.text}
          </h2>
          <Question
            question={q}
            value={value}
            labelId={`${ids}-q`}
            strings={s}
            onChange={(v) => {
              setValue(v);
              setHint(false);
            }}
          />
          {showFollowUp && q.followUp && (
            <label class="wp-followup">
              <span class="wp-followup__text">{q.followUp.text}</span>
              <textarea
                class="wp-textarea"
                rows={2}
                maxLength={q.maxLength}
                value={followUp}
                onInput={(e) => setFollowUp((e.currentTarget as HTMLTextAreaElement).value)}
              />
            </label>
          )}
          {hint && <p class="wp-hint">{s.chooseFirst}</p>}
          <div class="wp-actions">
            <button
              type="submit"
              class="wp-button wp-button--primary"
              aria-disabled={answered ? undefined : 'true'}
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
            <button type="button" class="wp-link" onClick={() => props.onDismiss('opt-out')}>
              {s.optOut}
            </button>
          </div>
          {showWhy && (
            <Why
              id={`${ids}-why`}
              quality={q.quality}
              endpointHost={props.endpointHost}
              policyUrl={props.policyUrl}
              sendsVisitorId={props.sendsVisitorId}
              strings={s}
            />
          )}
        </form>
      )}
    </section>
  );
}
