/**
 * A group of native radio buttons or checkboxes, styled as tiles. Native inputs give arrow-key
 * movement (mirrored in right-to-left), form semantics and screen-reader names for free.
 */
import type { ComponentChildren } from 'preact';

export interface OptionItem {
  value: string;
  /** The accessible name (e.g. "7", "Very happy"). */
  name: string;
  /** What is shown, when it differs from the name (a face). */
  visual?: ComponentChildren;
  /** Id of an element describing this option (a scale's end label). */
  describedBy?: string;
}

interface OptionsProps {
  items: OptionItem[];
  selected: string[];
  multiple?: boolean;
  labelId: string;
  /** `scale` and `emoji` lay out as a grid of equal tiles, `list` as stacked choices. */
  layout: 'scale' | 'list' | 'emoji';
  textDir?: 'auto';
  onSelect(value: string, checked: boolean): void;
}

export function Options(props: OptionsProps) {
  const { items, selected, multiple, labelId, layout, textDir, onSelect } = props;
  // The question's id is unique to its card, so two cards' radios never join one group.
  const name = `${labelId}-o`;
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: radiogroup and group both take a label
    <div
      class={`wp-options wp-options--${layout}`}
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelId}
    >
      {items.map((item) => (
        <label class="wp-option" key={item.value} title={item.visual ? item.name : undefined}>
          <input
            class="wp-option__input"
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={item.value}
            checked={selected.includes(item.value)}
            aria-describedby={item.describedBy}
            onChange={(e) => onSelect(item.value, (e.currentTarget as HTMLInputElement).checked)}
          />
          <span class="wp-option__face">
            {item.visual === undefined ? (
              <span class="wp-option__text" dir={textDir}>
                {item.name}
              </span>
            ) : (
              <>
                {item.visual}
                <span class="wp-visually-hidden">{item.name}</span>
              </>
            )}
          </span>
        </label>
      ))}
    </div>
  );
}
