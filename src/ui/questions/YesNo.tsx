/** A yes / no question; the answer is `'yes'` or `'no'`. */
import type { QuestionProps } from '../types';
import { Options } from './Options';

export function YesNo({ value, onChange, labelId, strings }: QuestionProps) {
  return (
    <Options
      items={[
        { value: 'yes', name: strings.yes },
        { value: 'no', name: strings.no },
      ]}
      selected={typeof value === 'string' ? [value] : []}
      labelId={labelId}
      layout="list"
      onSelect={(v) => onChange(v)}
    />
  );
}
