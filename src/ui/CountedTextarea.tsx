/**
 * A textarea with a character limit and a counter of what is left, in the page's plural
 * forms. The counter is the field's description, read on focus rather than on every key.
 */
import { plural, type Strings } from './i18n';

interface CountedTextareaProps {
  id: string;
  labelledBy: string;
  value: string;
  maxLength: number;
  placeholder?: string;
  rows: number;
  strings: Strings;
  textDir?: 'auto';
  onInput(value: string): void;
}

export function CountedTextarea(props: CountedTextareaProps) {
  const { id, labelledBy, value, maxLength, strings, textDir } = props;
  return (
    <div class="wp-text">
      <textarea
        class="wp-textarea"
        id={id}
        aria-labelledby={labelledBy}
        aria-describedby={`${id}-count`}
        maxLength={maxLength}
        placeholder={props.placeholder}
        rows={props.rows}
        dir={textDir}
        value={value}
        onInput={(e) => props.onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <p class="wp-text__count" id={`${id}-count`}>
        {plural(strings.charsLeft, maxLength - value.length, strings.lang)}
      </p>
    </div>
  );
}
