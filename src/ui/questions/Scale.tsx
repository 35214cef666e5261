/**
 * A numbered scale: options named by their number (the contract's "0"…"10"), end labels read as
 * the end options' descriptions. Columns come from the variant's class (NPS: 6 + 5 on a phone).
 */
import { fill } from '../i18n';
import type { QuestionProps } from '../types';
import { type OptionItem, Options } from './Options';

interface ScaleProps extends QuestionProps {
  min: number;
  max: number;
  variant: 'nps' | 'rating' | 'effort';
}

export function Scale(props: ScaleProps) {
  const { question, value, onChange, labelId, strings, textDir, min, max, variant } = props;
  const labels = question.labels;
  const minId = labels?.min ? `${labelId}-min` : undefined;
  const maxId = labels?.max ? `${labelId}-max` : undefined;
  const items: OptionItem[] = [];
  for (let n = min; n <= max; n++) {
    const describedBy = n === min ? minId : n === max ? maxId : undefined;
    items.push({ value: String(n), name: String(n), describedBy });
  }
  return (
    <div class={`wp-scale wp-scale--${variant}`}>
      <Options
        items={items}
        selected={value === undefined ? [] : [String(value)]}
        labelId={labelId}
        layout="scale"
        onSelect={(v) => onChange(Number(v))}
      />
      {(minId || maxId) && (
        <div class="wp-scale__labels">
          <span class="wp-scale__label" id={minId} dir={textDir}>
            {labels?.min && fill(strings.scaleEnd, { n: min, label: labels.min })}
          </span>
          <span class="wp-scale__label wp-scale__label--max" id={maxId} dir={textDir}>
            {labels?.max && fill(strings.scaleEnd, { n: max, label: labels.max })}
          </span>
        </div>
      )}
    </div>
  );
}
