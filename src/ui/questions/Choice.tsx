/** One option (radio) or several (checkboxes); the answer is an option id or a list of them. */
import type { QuestionProps } from '../types';
import { Options } from './Options';

export function Choice({ question, value, onChange, labelId, textDir }: QuestionProps) {
  const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  const items = (question.options ?? []).map((o) => ({ value: o.id, name: o.text }));
  return (
    <Options
      items={items}
      selected={selected}
      multiple={question.multiple}
      labelId={labelId}
      layout="list"
      textDir={textDir}
      onSelect={(id, checked) => {
        if (!question.multiple) return onChange(id);
        // Kept in the options' order, whatever order they were ticked in.
        const next = checked ? [...selected, id] : selected.filter((s) => s !== id);
        onChange(items.map((i) => i.value).filter((v) => next.includes(v)));
      }}
    />
  );
}
