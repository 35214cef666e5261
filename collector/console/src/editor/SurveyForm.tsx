// A survey in a form: its steps in order, each one question, with branches that skip ahead by
// the answer (`when` a score range or answer ids → `goto` a later step's question, or "end").
import { getAt, type Segment } from '../doc-path.ts';
import { useEdit } from '../fields/edit-context.ts';
import { ListField, NumberField, SelectField, TextField } from '../fields/Field.tsx';
import { TargetingFields } from '../fields/TargetingFields.tsx';

interface Step {
  question?: string;
  next?: { when?: unknown; goto?: string }[];
}

function Branch(p: { path: readonly Segment[]; n: number; later: string[] }) {
  const edit = useEdit();
  return (
    <div class="branch">
      <span class="branch__title">Branch {p.n + 1}</span>
      <NumberField label="If the score is at least" path={[...p.path, 'when', 'min']} />
      <NumberField label="If the score is at most" path={[...p.path, 'when', 'max']} />
      <ListField label="If the answer is one of (ids)" path={[...p.path, 'when', 'in']} />
      <SelectField
        label="Go to"
        path={[...p.path, 'goto']}
        options={[
          ...p.later.map((q) => [q, `the step asking ${q}`] as [string, string]),
          ['end', 'the end'],
        ]}
      />
      {!edit.readOnly && (
        <button
          type="button"
          class="button button--small"
          onClick={() => edit.set(p.path, undefined)}
        >
          Remove branch {p.n + 1}
        </button>
      )}
    </div>
  );
}

export function SurveyForm(p: { index: number; stages: readonly string[]; questions: string[] }) {
  const edit = useEdit();
  const path = ['surveys', p.index] as const;
  const steps = (getAt(edit.doc, [...path, 'steps']) as Step[] | undefined) ?? [];
  return (
    <form class="item-form" aria-label="Survey" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="field-group">
        <legend>Steps</legend>
        <TextField label="Survey id" path={[...path, 'id']} />
        {steps.map((step, i) => {
          const stepPath = [...path, 'steps', i];
          const later = steps
            .slice(i + 1)
            .map((s) => s.question ?? '')
            .filter(Boolean);
          return (
            <fieldset class="step" key={i}>
              <legend>Step {i + 1}</legend>
              <SelectField
                label="Question"
                path={[...stepPath, 'question']}
                options={p.questions}
                empty="Choose a question"
              />
              {(step.next ?? []).map((_, b) => (
                <Branch key={b} n={b} path={[...stepPath, 'next', b]} later={later} />
              ))}
              {!edit.readOnly && (
                <div class="row">
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() =>
                      edit.set(
                        [...stepPath, 'next'],
                        [
                          ...(step.next ?? []),
                          { when: { max: 6 }, goto: later[later.length - 1] ?? 'end' },
                        ],
                      )
                    }
                  >
                    Add a branch to step {i + 1}
                  </button>
                  <button
                    type="button"
                    class="button button--small"
                    onClick={() => edit.set(stepPath, undefined)}
                  >
                    Remove step {i + 1}
                  </button>
                </div>
              )}
            </fieldset>
          );
        })}
        {!edit.readOnly && (
          <button
            type="button"
            class="button"
            onClick={() =>
              edit.set([...path, 'steps'], [...steps, { question: p.questions[0] ?? '' }])
            }
          >
            Add a step
          </button>
        )}
      </fieldset>
      <TargetingFields path={path} stages={p.stages} />
    </form>
  );
}
