// A choice question's options, one row each. The row's fields are one list, so a field the
// schema gains (a score per option) is one more entry here.
import type { JSX } from 'preact';
import { getAt, type Segment } from '../doc-path.ts';
import { useEdit } from './edit-context.ts';
import { CheckField, NumberField, TextField } from './Field.tsx';
import { LocalizedField } from './LocalizedField.tsx';

type Row = (path: readonly Segment[]) => JSX.Element;

const OPTION_FIELDS: Row[] = [
  (path) => <TextField label="Answer id" path={[...path, 'id']} hint="Stored with the answer" />,
  (path) => <LocalizedField label="Text" path={[...path, 'text']} />,
  (path) => <CheckField label="Keeps its place when shuffled" path={[...path, 'fixed']} />,
  (path) => (
    <NumberField
      label="Score (0–100)"
      path={[...path, 'score']}
      min={0}
      max={100}
      hint="Optional: how good this answer is, for the dashboard"
    />
  ),
];

export function OptionsField(p: { path: readonly Segment[] }) {
  const edit = useEdit();
  const options = (getAt(edit.doc, p.path) as unknown[] | undefined) ?? [];
  const add = () =>
    edit.set(p.path, [...options, { id: `option-${options.length + 1}`, text: '' }]);
  return (
    <fieldset class="field options">
      <legend>Options</legend>
      {options.map((_, i) => (
        <div class="options__row" key={i}>
          <span class="options__number">Option {i + 1}</span>
          {OPTION_FIELDS.map((field) => field([...p.path, i]))}
          {!edit.readOnly && (
            <button
              type="button"
              class="button button--small"
              onClick={() => edit.set([...p.path, i], undefined)}
            >
              Remove option {i + 1}
            </button>
          )}
        </div>
      ))}
      {!edit.readOnly && (
        <button type="button" class="button" onClick={add}>
          Add an option
        </button>
      )}
    </fieldset>
  );
}
