/**
 * A group of native radio buttons or checkboxes, styled as tiles. Native inputs give arrow-key
 * movement, right-to-left order, form semantics and screen-reader names for free.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export interface OptionItem {
  value: string;
  /** The accessible name (e.g. "7", "Very happy"). */
  name: string;
  /** What is shown, when it differs from the name (an emoji). */
  visual?: ComponentChildren;
}

interface OptionsProps {
  items: OptionItem[];
  selected: string[];
  multiple?: boolean;
  labelId: string;
  /** Layout modifier: `scale` (a row of numbers) or `list` (stacked choices). */
  layout: 'scale' | 'list' | 'emoji';
  onSelect(value: string, checked: boolean): void;
}

let groups = 0;

export function Options({ items, selected, multiple, labelId, layout, onSelect }: OptionsProps) {
  // One name per rendered group keeps two prompts' radios from joining one group.
  const [name] = useState(() => `wp-${labelId}-${++groups}`);
  return (
    // biome-ignore lint/a11y/useAriaPropsSupportedByRole: the role is radiogroup or group, both take a label
    <div
      class={`wp-options wp-options--${layout}`}
      role={multiple ? 'group' : 'radiogroup'}
      aria-labelledby={labelId}
    >
      {items.map((item) => (
        <label class="wp-option" key={item.value}>
          <input
            class="wp-option__input"
            type={multiple ? 'checkbox' : 'radio'}
            name={name}
            value={item.value}
            checked={selected.includes(item.value)}
            onChange={(e) => onSelect(item.value, (e.currentTarget as HTMLInputElement).checked)}
          />
          {item.visual === undefined ? (
            <span class="wp-option__face">{item.name}</span>
          ) : (
            <span class="wp-option__face">
              <span aria-hidden="true">{item.visual}</span>
              <span class="wp-visually-hidden">{item.name}</span>
            </span>
          )}
        </label>
      ))}
    </div>
  );
}
