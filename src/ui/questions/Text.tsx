/** Open text with a character limit and a counter that screen readers can reach. */
import { fill } from '../i18n';
import type { QuestionProps } from '../types';

export function Text({ question, value, onChange, labelId, strings }: QuestionProps) {
  const text = typeof value === 'string' ? value : '';
  const counterId = `${labelId}-count`;
  return (
    <div class="wp-text">
      <textarea
        class="wp-textarea"
        aria-labelledby={labelId}
        aria-describedby={counterId}
        maxLength={question.maxLength}
        placeholder={question.placeholder}
        rows={3}
        value={text}
        onInput={(e) => onChange((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="wp-text__count" id={counterId}>
        {fill(strings.charsLeft, { n: question.maxLength - text.length })}
      </p>
    </div>
  );
}
