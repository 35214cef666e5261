/** Five feelings from very unhappy (1) to very happy (5), each with a spoken name. */
import type { QuestionProps } from '../types';
import { Options } from './Options';

const FACES = ['😞', '🙁', '😐', '🙂', '😄'];

export function Emoji({ value, onChange, labelId, strings }: QuestionProps) {
  const items = FACES.map((face, i) => ({
    value: String(i + 1),
    name: strings.emoji[i] ?? String(i + 1),
    visual: face,
  }));
  return (
    <Options
      items={items}
      selected={value === undefined ? [] : [String(value)]}
      labelId={labelId}
      layout="emoji"
      onSelect={(v) => onChange(Number(v))}
    />
  );
}
