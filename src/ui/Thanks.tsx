/**
 * The honest thank-you: it says where the answer really is — being saved, saved on this device
 * (to be sent shortly or once back online), only in memory, sent, or not saved at all — driven
 * by the queue. Nothing says "thank you" before the write has completed.
 */
import { Component, createRef } from 'preact';
import type { Strings } from './i18n';
import type { DeliveryState } from './types';

type Alone = 'sent' | 'saving' | 'failed' | 'answered';

const STATUS: Record<Exclude<DeliveryState, Alone>, keyof Strings> = {
  saved: 'savedLater',
  'saved-offline': 'savedOffline',
  volatile: 'notSaved',
};

/** The whole message for `state`, as shown and announced. */
export function thanksMessage(state: DeliveryState, s: Strings): string {
  if (isAlone(state)) return alone(state, s);
  return `${s.thanks} ${s[STATUS[state]] as string}`;
}

const isAlone = (state: DeliveryState): state is Alone =>
  state === 'sent' || state === 'saving' || state === 'failed' || state === 'answered';

/** The states told in one line: those that say their own thanks, or not (yet) kept. */
function alone(state: Alone, s: Strings): string {
  return s[state];
}

interface ThanksProps {
  state: DeliveryState;
  strings: Strings;
  /** Move focus to Close: the Send button the customer was on has just gone. */
  takeFocus: boolean;
  onClose(): void;
}

export class Thanks extends Component<ThanksProps> {
  close = createRef<HTMLButtonElement>();

  override componentDidMount() {
    this.focus();
  }

  override componentDidUpdate(prev: ThanksProps) {
    if (!prev.takeFocus) this.focus();
  }

  focus() {
    if (this.props.takeFocus) this.close.current?.focus({ preventScroll: true });
  }

  override render({ state, strings: s, onClose }: ThanksProps) {
    return (
      <div class="wp-thanks">
        {isAlone(state) ? (
          <p class="wp-title wp-status">{alone(state, s)}</p>
        ) : (
          <>
            <p class="wp-title">{s.thanks}</p>
            <p class="wp-status">{s[STATUS[state]] as string}</p>
          </>
        )}
        <div class="wp-actions">
          <button
            ref={this.close}
            type="button"
            class="wp-button wp-button--quiet"
            onClick={onClose}
          >
            {s.close}
          </button>
        </div>
      </div>
    );
  }
}
