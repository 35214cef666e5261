// One labelled control for the value at a path, with that path's problems said beside it and
// tied to the control (aria-describedby, aria-invalid), so a screen reader hears them too.
import type { ComponentChildren } from 'preact';
import type { Problem } from '../api.ts';
import { fieldId, formatPath, getAt, type Segment } from '../doc-path.ts';
import { useEdit } from './edit-context.ts';

interface Common {
  label: string;
  path: readonly Segment[];
  hint?: string;
}

/** The id, the problems and the description ids of the field at `path`. */
export function useField(path: readonly Segment[]) {
  const edit = useEdit();
  const key = formatPath(path);
  const id = fieldId(key);
  const mine = edit.problems.filter((p) => p.path === key);
  const describedBy = [mine.length ? `${id}-problems` : '', `${id}-hint`].join(' ').trim();
  return { edit, id, mine, describedBy, value: getAt(edit.doc, path) };
}

function Frame(
  p: Common & { id: string; mine: Problem[]; children: ComponentChildren; inline?: boolean },
) {
  const { mine } = p;
  return (
    <div class={p.inline ? 'field field--inline' : 'field'}>
      <label for={p.id}>{p.label}</label>
      {p.children}
      {p.hint && (
        <span class="field__hint" id={`${p.id}-hint`}>
          {p.hint}
        </span>
      )}
      {mine.length > 0 && (
        <span class="field__problem" id={`${p.id}-problems`}>
          {mine.map((m) => m.message).join('; ')}
        </span>
      )}
    </div>
  );
}

/** A text input; an empty one removes the key, so an optional field can be left out. */
export function TextField(p: Common & { placeholder?: string; type?: 'text' | 'date' | 'url' }) {
  const { edit, id, mine, describedBy, value } = useField(p.path);
  return (
    <Frame {...p} id={id} mine={mine}>
      <input
        id={id}
        type={(p.type ?? 'text') as 'text'}
        value={typeof value === 'string' ? value : ''}
        placeholder={p.placeholder}
        readOnly={edit.readOnly}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onInput={(e) => edit.set(p.path, e.currentTarget.value || undefined)}
      />
    </Frame>
  );
}

/** A number input; empty removes the key (the schema's default applies). */
export function NumberField(p: Common & { min?: number; max?: number; step?: number }) {
  const { edit, id, mine, describedBy, value } = useField(p.path);
  return (
    <Frame {...p} id={id} mine={mine}>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        value={typeof value === 'number' ? String(value) : ''}
        min={p.min}
        max={p.max}
        step={p.step ?? 1}
        readOnly={edit.readOnly}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onInput={(e) => {
          const raw = e.currentTarget.value;
          edit.set(p.path, raw === '' ? undefined : Number(raw));
        }}
      />
    </Frame>
  );
}

/** A select over `options`; the first option may stand for "left out" (value ''). */
export function SelectField(
  p: Common & {
    options: readonly (string | [string, string])[];
    empty?: string;
    /** Writes the choice some other way (a trigger is replaced whole). */
    write?: (value: string | undefined) => void;
  },
) {
  const { edit, id, mine, describedBy, value } = useField(p.path);
  return (
    <Frame {...p} id={id} mine={mine}>
      <select
        id={id}
        value={typeof value === 'string' ? value : ''}
        disabled={edit.readOnly}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          const v = e.currentTarget.value || undefined;
          if (p.write) p.write(v);
          else edit.set(p.path, v);
        }}
      >
        {p.empty !== undefined && <option value="">{p.empty}</option>}
        {p.options.map((o) => {
          const [v, label] = typeof o === 'string' ? [o, o] : o;
          return (
            <option key={v} value={v}>
              {label}
            </option>
          );
        })}
      </select>
    </Frame>
  );
}

/** A checkbox; unchecked removes the key (every boolean in the schema defaults to false but one). */
export function CheckField(p: Common & { keepFalse?: boolean }) {
  const { edit, id, mine, describedBy, value } = useField(p.path);
  return (
    <Frame {...p} id={id} mine={mine} inline>
      <input
        id={id}
        type="checkbox"
        checked={value === true}
        disabled={edit.readOnly}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(e) =>
          edit.set(p.path, e.currentTarget.checked ? true : p.keepFalse ? false : undefined)
        }
      />
    </Frame>
  );
}

/** A comma-separated list of strings (stage ids, answer ids, locales); empty removes the key. */
export function ListField(p: Common & { numbers?: boolean }) {
  const { edit, id, mine, describedBy, value } = useField(p.path);
  return (
    <Frame {...p} id={id} mine={mine}>
      <input
        id={id}
        type="text"
        value={Array.isArray(value) ? value.join(', ') : ''}
        readOnly={edit.readOnly}
        aria-invalid={mine.length > 0}
        aria-describedby={describedBy || undefined}
        onChange={(e) => {
          const items = e.currentTarget.value
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean);
          edit.set(p.path, items.length ? items : undefined);
        }}
      />
    </Frame>
  );
}
