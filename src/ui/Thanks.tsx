/** The honest thank-you: it says where the answer really is (sent, saved, or only in memory). */
import type { Strings } from './i18n';
import type { DeliveryState } from './types';

const MESSAGE: Record<DeliveryState, keyof Strings> = {
  saving: 'sending',
  saved: 'savedLater',
  'saved-offline': 'savedOffline',
  volatile: 'notSaved',
  sent: 'sent',
};

export function Thanks({
  state,
  strings,
  onClose,
}: {
  state: DeliveryState;
  strings: Strings;
  onClose(): void;
}) {
  return (
    <div class="wp-thanks">
      <p class="wp-title">{strings.thanks}</p>
      <p class="wp-status">{strings[MESSAGE[state]] as string}</p>
      <div class="wp-actions">
        <button type="button" class="wp-button wp-button--quiet" onClick={onClose}>
          {strings.close}
        </button>
      </div>
    </div>
  );
}
