/** NPS (0–10), rating (1–5) and effort (1–7): numbered options named by their number. */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Options } from './Options';

export function Scale({ question, value, onChange, labelId }: QuestionProps) {
  const { min, max } = SCALES[question.type as 'nps' | 'rating' | 'effort'];
  const items = [];
  for (let n = min; n <= max; n++) items.push({ value: String(n), name: String(n) });
  return (
    <div class="wp-scale">
      <Options
        items={items}
        selected={value === undefined ? [] : [String(value)]}
        labelId={labelId}
        layout="scale"
        onSelect={(v) => onChange(Number(v))}
      />
      {question.labels && (
        <div class="wp-scale__labels" aria-hidden="true">
          <span>{question.labels.min}</span>
          <span>{question.labels.max}</span>
        </div>
      )}
    </div>
  );
}
