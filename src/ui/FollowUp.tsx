/** The one follow-up question, shown while the answer falls in its range (DESIGN §3). */
import { CountedTextarea } from './CountedTextarea';
import type { Strings } from './i18n';

interface FollowUpProps {
  id: string;
  text: string;
  value: string;
  maxLength: number;
  strings: Strings;
  textDir?: 'auto';
  onInput(value: string): void;
}

export function FollowUp({ id, text, value, maxLength, strings, textDir, onInput }: FollowUpProps) {
  return (
    <div class="wp-followup">
      <p class="wp-followup__text" id={id} dir={textDir}>
        {text}
      </p>
      <CountedTextarea
        id={`${id}-text`}
        labelledBy={id}
        value={value}
        maxLength={maxLength}
        rows={2}
        strings={strings}
        textDir={textDir}
        onInput={onInput}
      />
    </div>
  );
}
