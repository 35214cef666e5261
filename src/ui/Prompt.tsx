/**
 * The feedback card (DESIGN §3): a non-modal region that never takes focus on its own,
 * announces its question politely and closes on Escape. A class, not hooks: preact/hooks would
 * add ~0.9 KB brotli to the card's chunk for what state and two lifecycle methods do.
 */
import { Component, createRef } from 'preact';
import type { AnswerValue } from '../contract/types';
import { followUpApplies } from '../model/follow-up';
import { afterPaint } from './after-paint';
import { FollowUp } from './FollowUp';
import { QUESTION_COMPONENTS } from './questions';
import { Thanks, thanksMessage } from './Thanks';
import type { PromptProps } from './types';
import { Why } from './Why';

let prompts = 0;

const language = (tag: string) => tag.toLowerCase().split(/[-_]/)[0];

/** An answer given: not nothing, no empty selection, no blank text. */
const given = (v: AnswerValue | undefined): v is AnswerValue =>
  v !== undefined && !(Array.isArray(v) && v.length === 0) && !(typeof v === 'string' && !v.trim());

/** The question's follow-up applies to `v`. */
const followsUp = (q: PromptProps['question'], v: AnswerValue | undefined) =>
  given(v) && !!q.followUp && followUpApplies(q.followUp.when, v);

interface PromptState {
  value?: AnswerValue;
  followUp: string;
  showWhy?: boolean;
  hint?: boolean;
  /** The live region's text: the last thing said. */
  announce: string;
  focusThanks?: boolean;
}

export class Prompt extends Component<PromptProps, PromptState> {
  ids = `wp${++prompts}`;
  card = createRef<HTMLElement>();
  title = createRef<HTMLHeadingElement>();
  override state: PromptState = { followUp: '', announce: '' };
  cancel?: () => void;

  // A live region announces only a change made after it is in the page, hence the wait for a
  // paint and the delay; anything announced meanwhile (a follow-up, the thanks) is newer and
  // stays. A survey's steps each mount a new card (a new `key`), so each step is announced with
  // its progress, and focus moves once, when a step mounts.
  override componentDidMount() {
    const { question: q, progress, takeFocus } = this.props;
    const said = progress ? `${progress}. ${q.text}` : q.text;
    if (takeFocus) this.title.current?.focus({ preventScroll: true });
    this.cancel = afterPaint(() => this.setState((s) => ({ announce: s.announce || said })), 50);
  }

  override componentWillUnmount() {
    this.cancel?.();
  }

  override render(props: PromptProps, state: PromptState) {
    const { question: q, locale, delivery, strings: s, progress } = props;
    const { value, hint, showWhy } = state;
    const ids = this.ids;
    // The UI fell back to English for this locale: config text may be in another script.
    const sameLanguage = language(s.lang) === language(locale);
    const textDir = sameLanguage ? undefined : 'auto';
    const Question = QUESTION_COMPONENTS[q.type];
    const showFollowUp = followsUp(q, value);
    // "Saving…" lasts a moment: announcing it would only queue up behind the real outcome.
    const announce =
      delivery && delivery !== 'saving' ? thanksMessage(delivery, s) : state.announce;

    const submit = (e: Event) => {
      e.preventDefault();
      if (!given(value)) return this.setState({ hint: true, announce: s.chooseFirst });
      const card = this.card.current;
      const root = card?.getRootNode() as ShadowRoot | Document | undefined;
      this.setState({ focusThanks: !!root?.activeElement && !!card?.contains(root.activeElement) });
      const extra = showFollowUp && state.followUp.trim() ? state.followUp.trim() : undefined;
      props.onSubmit(value, extra);
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
        ref={this.card}
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
        {props.preview && <p class="wp-preview">Preview</p>}
        {delivery ? (
          <Thanks
            state={delivery}
            strings={s}
            takeFocus={!!state.focusThanks}
            onClose={props.onClose}
          />
        ) : (
          <form class="wp-form" onSubmit={submit} noValidate>
            {progress && <p class="wp-progress">{progress}</p>}
            <h2
              ref={this.title}
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
                // The follow-up is announced as it appears.
                const follows = !showFollowUp && followsUp(q, v) && q.followUp;
                this.setState({
                  value: v,
                  hint: false,
                  ...(follows && { announce: follows.text }),
                });
              }}
            />
            {showFollowUp && q.followUp && (
              <FollowUp
                id={`${ids}-fu`}
                text={q.followUp.text}
                value={state.followUp}
                maxLength={q.maxLength}
                strings={s}
                textDir={textDir}
                onInput={(followUp) => this.setState({ followUp })}
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
                onClick={() => this.setState({ showWhy: !showWhy })}
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
              open={!!showWhy}
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
}
