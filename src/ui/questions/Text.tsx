/** Open text with a character limit and a counter; the answer is the text. */
import { CountedTextarea } from '../CountedTextarea';
import type { QuestionProps } from '../types';

export function Text({ question, value, onChange, labelId, strings, textDir }: QuestionProps) {
  return (
    <CountedTextarea
      id={`${labelId}-text`}
      labelledBy={labelId}
      value={typeof value === 'string' ? value : ''}
      maxLength={question.maxLength}
      placeholder={question.placeholder}
      rows={3}
      strings={strings}
      textDir={textDir}
      onInput={onChange}
    />
  );
}
