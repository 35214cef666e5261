// A text in one or more languages (the schema's LocalizedText: a string, or locale → string).
// One input per language; a plain string is the text for every language.
import { fieldId, formatPath, type Segment } from '../doc-path.ts';
import { useEdit } from './edit-context.ts';
import { useField } from './Field.tsx';

const ANY = '*';

function rowsOf(value: unknown): [string, string][] {
  if (typeof value === 'string') return [[ANY, value]];
  if (value && typeof value === 'object') return Object.entries(value as Record<string, string>);
  return [[ANY, '']];
}

function toValue(rows: [string, string][]): unknown {
  if (rows.length === 1 && rows[0]?.[0] === ANY) return rows[0][1] || undefined;
  return Object.fromEntries(rows.map(([l, t]) => [l === ANY ? 'en' : l, t]));
}

export function LocalizedField(p: { label: string; path: readonly Segment[]; hint?: string }) {
  const edit = useEdit();
  const { id, mine, value } = useField(p.path);
  const rows = rowsOf(value);
  const key = formatPath(p.path);
  const missing = edit.languages.filter((l) => !rows.some(([k]) => k === l));
  const write = (next: [string, string][]) => edit.set(p.path, toValue(next));
  return (
    <fieldset class="field localized" aria-describedby={mine.length ? `${id}-problems` : undefined}>
      <legend>{p.label}</legend>
      {rows.map(([lang, text], i) => {
        const rowPath = lang === ANY ? key : `${key}.${lang}`;
        const rowId = lang === ANY ? id : fieldId(rowPath);
        const rowProblems = edit.problems.filter((x) => x.path === rowPath && lang !== ANY);
        return (
          <div class="localized__row" key={lang}>
            <label for={rowId} class="localized__lang">
              {lang === ANY ? 'All languages' : lang}
            </label>
            <input
              id={rowId}
              type="text"
              dir="auto"
              lang={lang === ANY ? undefined : lang}
              value={text}
              readOnly={edit.readOnly}
              aria-invalid={mine.length > 0 || rowProblems.length > 0}
              aria-describedby={rowProblems.length ? `${rowId}-problems` : undefined}
              onInput={(e) =>
                write(rows.map((r, j) => (j === i ? [r[0], e.currentTarget.value] : r)))
              }
            />
            {rows.length > 1 && !edit.readOnly && (
              <button
                type="button"
                class="button button--small"
                aria-label={`Remove ${lang}`}
                onClick={() => write(rows.filter((_, j) => j !== i))}
              >
                Remove
              </button>
            )}
            {rowProblems.length > 0 && (
              <span class="field__problem" id={`${rowId}-problems`}>
                {rowProblems.map((m) => m.message).join('; ')}
              </span>
            )}
          </div>
        );
      })}
      {p.hint && <span class="field__hint">{p.hint}</span>}
      {mine.length > 0 && (
        <span class="field__problem" id={`${id}-problems`}>
          {mine.map((m) => m.message).join('; ')}
        </span>
      )}
      {!edit.readOnly && missing.length > 0 && (
        <div class="localized__add">
          {missing.map((lang) => (
            <button
              type="button"
              class="button button--small"
              key={lang}
              onClick={() =>
                write(
                  [
                    ...rows.map(([l, t]): [string, string] => [l === ANY ? 'en' : l, t]),
                    [lang, ''] as [string, string],
                  ].filter(([l], i, all) => all.findIndex(([m]) => m === l) === i),
                )
              }
            >
              + {lang}
            </button>
          ))}
        </div>
      )}
    </fieldset>
  );
}
