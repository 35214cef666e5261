/**
 * Five feelings from very unhappy (1) to very happy (5). Each face is named in the page's
 * language for screen readers and as a tooltip; below the faces, sighted customers read the
 * two ends' names, then the feeling they chose.
 */
import { SCALES } from '../../model/question-types';
import type { QuestionProps } from '../types';
import { Face } from './Face';
import { Options } from './Options';

export function Emoji({ value, onChange, labelId, strings }: QuestionProps) {
  const { min, max } = SCALES.emoji;
  const name = (n: number) => strings.emoji[n - 1] ?? String(n);
  const items = [];
  for (let n = min; n <= max; n++) {
    items.push({ value: String(n), name: name(n), visual: <Face level={n} /> });
  }
  return (
    <div class="wp-scale wp-scale--emoji">
      <Options
        items={items}
        selected={value === undefined ? [] : [String(value)]}
        labelId={labelId}
        layout="emoji"
        onSelect={(v) => onChange(Number(v))}
      />
      {/* The radios already carry these names: this line is for the eyes only. */}
      {typeof value === 'number' ? (
        <p class="wp-scale__chosen" aria-hidden="true">
          {name(value)}
        </p>
      ) : (
        <div class="wp-scale__labels" aria-hidden="true">
          <span class="wp-scale__label">{name(min)}</span>
          <span class="wp-scale__label wp-scale__label--max">{name(max)}</span>
        </div>
      )}
    </div>
  );
}
