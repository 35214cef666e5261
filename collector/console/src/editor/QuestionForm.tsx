// One question in a form: what it asks (type, quality, text per language, options, labels,
// follow-up) and when it is asked (the targeting fields).
import { QUALITIES, QUALITY_NAMES, QUESTION_TYPES } from 'waypoint-feedback';
import { getAt } from '../doc-path.ts';
import { useEdit } from '../fields/edit-context.ts';
import { CheckField, ListField, NumberField, SelectField, TextField } from '../fields/Field.tsx';
import { LocalizedField } from '../fields/LocalizedField.tsx';
import { OptionsField } from '../fields/OptionsField.tsx';
import { TargetingFields } from '../fields/TargetingFields.tsx';

const SCALES = new Set(['nps', 'rating', 'effort', 'emoji']);

export function QuestionForm(p: { index: number; stages: readonly string[] }) {
  const edit = useEdit();
  const path = ['questions', p.index] as const;
  const q = (getAt(edit.doc, path) ?? {}) as { type?: string; followUp?: unknown };
  const scale = SCALES.has(q.type ?? '');
  const followUp = [...path, 'followUp'];
  return (
    <form class="item-form" aria-label="Question" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="field-group">
        <legend>What it asks</legend>
        <TextField label="Question id" path={[...path, 'id']} hint="Answers are stored under it" />
        <SelectField
          label="Type"
          path={[...path, 'type']}
          options={QUESTION_TYPES}
          write={(type) => {
            // A choice starts with two options to fill in, rather than a problem to read.
            const options = (getAt(edit.doc, [...path, 'options']) as unknown[] | undefined) ?? [];
            const seeded = type === 'choice' && options.length === 0;
            edit.set(path, {
              ...(getAt(edit.doc, path) as object),
              type,
              ...(seeded
                ? {
                    options: [
                      { id: 'option-1', text: 'Yes' },
                      { id: 'option-2', text: 'No' },
                    ],
                  }
                : {}),
            });
          }}
        />
        <SelectField
          label="Quality"
          path={[...path, 'quality']}
          options={QUALITIES.map((x) => [x, QUALITY_NAMES[x] ?? x] as [string, string])}
        />
        <LocalizedField label="Question text" path={[...path, 'text']} />
        {scale && (
          <>
            <LocalizedField label="Label at the low end" path={[...path, 'labels', 'min']} />
            <LocalizedField label="Label at the high end" path={[...path, 'labels', 'max']} />
          </>
        )}
        {q.type === 'choice' && (
          <>
            <OptionsField path={[...path, 'options']} />
            <CheckField label="Several answers allowed" path={[...path, 'multiple']} />
            <CheckField label="Shuffle the options per visitor" path={[...path, 'shuffle']} />
          </>
        )}
        {q.type === 'yesno' && (
          <>
            <NumberField
              label="Score of yes (0–100)"
              path={[...path, 'score', 'yes']}
              min={0}
              max={100}
            />
            <NumberField
              label="Score of no (0–100)"
              path={[...path, 'score', 'no']}
              min={0}
              max={100}
            />
          </>
        )}
        {q.type === 'text' && (
          <>
            <LocalizedField label="Placeholder" path={[...path, 'placeholder']} />
            <NumberField
              label="Longest answer (characters)"
              path={[...path, 'maxLength']}
              min={1}
            />
          </>
        )}
      </fieldset>
      <fieldset class="field-group">
        <legend>Follow-up</legend>
        <div class="field field--inline">
          <input
            id={`followup-${p.index}`}
            type="checkbox"
            checked={q.followUp !== undefined}
            disabled={edit.readOnly}
            onChange={(e) =>
              edit.set(
                followUp,
                e.currentTarget.checked
                  ? { when: scale ? { max: 6 } : { in: ['no'] }, text: 'What could we do better?' }
                  : undefined,
              )
            }
          />
          <label for={`followup-${p.index}`}>Ask a follow-up for some answers</label>
        </div>
        {q.followUp !== undefined && (
          <>
            {scale ? (
              <>
                <NumberField
                  label="When the score is at least"
                  path={[...followUp, 'when', 'min']}
                />
                <NumberField
                  label="When the score is at most"
                  path={[...followUp, 'when', 'max']}
                />
              </>
            ) : (
              <ListField
                label="When the answer is one of (ids)"
                path={[...followUp, 'when', 'in']}
              />
            )}
            <LocalizedField label="Follow-up text" path={[...followUp, 'text']} />
          </>
        )}
      </fieldset>
      <TargetingFields path={path} stages={p.stages} />
    </form>
  );
}
