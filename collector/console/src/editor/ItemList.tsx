// The config's questions and surveys, and its settings, as a list to pick what to edit, with
// buttons to add a question or a survey.
import type { Problem } from '../api.ts';

export type Selection = { kind: 'question' | 'survey'; index: number } | { kind: 'settings' };

export function ItemList(p: {
  questions: { id?: string; type?: string }[];
  surveys: { id?: string }[];
  problems: Problem[];
  selected: Selection;
  readOnly: boolean;
  onSelect(s: Selection): void;
  onAdd(kind: 'question' | 'survey'): void;
  onRemove(s: Selection): void;
}) {
  const bad = (prefix: string) => p.problems.some((x) => x.path.startsWith(prefix));
  const item = (s: Selection, label: string, prefix: string) => {
    const current =
      p.selected.kind === s.kind &&
      (s.kind === 'settings' ||
        (p.selected as { index: number }).index === (s as { index: number }).index);
    return (
      <li key={prefix}>
        <button
          type="button"
          class={current ? 'item item--current' : 'item'}
          aria-current={current ? 'true' : undefined}
          onClick={() => p.onSelect(s)}
        >
          {label}
          {bad(prefix) && <span class="item__bad"> (has problems)</span>}
        </button>
      </li>
    );
  };
  return (
    <nav class="items" aria-label="Questions and surveys">
      <h2 class="items__title">Questions</h2>
      <ul>
        {p.questions.map((q, i) =>
          item(
            { kind: 'question', index: i },
            `${q.id || `Question ${i + 1}`} · ${q.type ?? '?'}`,
            `questions[${i}]`,
          ),
        )}
      </ul>
      {!p.readOnly && (
        <button type="button" class="button button--small" onClick={() => p.onAdd('question')}>
          Add a question
        </button>
      )}
      <h2 class="items__title">Surveys</h2>
      <ul>
        {p.surveys.map((s, i) =>
          item({ kind: 'survey', index: i }, s.id || `Survey ${i + 1}`, `surveys[${i}]`),
        )}
      </ul>
      {!p.readOnly && (
        <button type="button" class="button button--small" onClick={() => p.onAdd('survey')}>
          Add a survey
        </button>
      )}
      <h2 class="items__title">Whole config</h2>
      <ul>{item({ kind: 'settings' }, 'Caps, launcher, appearance', 'limits')}</ul>
      {!p.readOnly && p.selected.kind !== 'settings' && (
        <button
          type="button"
          class="button button--small button--danger"
          onClick={() => p.onRemove(p.selected)}
        >
          Remove this {p.selected.kind}
        </button>
      )}
    </nav>
  );
}
