// The editor: pick a question or survey, change it in the form or in the JSON view, see it
// drawn by the SDK's own card, and publish once the SDK's schema finds no problem.
import { useState } from 'preact/hooks';
import { DEFAULT_STAGES } from 'waypoint-feedback';
import type { Problem, VersionInfo } from '../api.ts';
import { checkDraft } from '../check.ts';
import { type Doc, parsePath, type Segment, setAt } from '../doc-path.ts';
import { EditContext } from '../fields/edit-context.ts';
import { JsonView } from '../json/JsonView.tsx';
import { Preview, type PreviewTarget } from '../preview/Preview.tsx';
import type { Session } from '../session.ts';
import type { Draft } from '../use-draft.ts';
import { ItemList, type Selection } from './ItemList.tsx';
import { PreviewLink } from './PreviewLink.tsx';
import { Problems } from './Problems.tsx';
import { PublishBar } from './PublishBar.tsx';
import { QuestionForm } from './QuestionForm.tsx';
import { SettingsForm } from './SettingsForm.tsx';
import { SurveyForm } from './SurveyForm.tsx';

type Item = { id?: string; type?: string };

function newQuestion(questions: Item[]): Item & Record<string, unknown> {
  let n = questions.length + 1;
  while (questions.some((q) => q.id === `question-${n}`)) n += 1;
  return { id: `question-${n}`, type: 'rating', quality: 'perspective', text: 'How was it?' };
}

export function EditorPage(p: {
  session: Session;
  draft: Draft;
  languages: readonly string[];
  onPublished(v: VersionInfo): void;
}) {
  const { draft, session } = p;
  const [selected, setSelected] = useState<Selection>({ kind: 'question', index: 0 });
  const [refused, setRefused] = useState<Problem[]>([]);
  const readOnly = session.role === 'read';
  const doc = draft.doc;
  const questions = (Array.isArray(doc.questions) ? doc.questions : []) as Item[];
  const surveys = (Array.isArray(doc.surveys) ? doc.surveys : []) as Item[];
  const stages = Array.isArray(doc.stages)
    ? (doc.stages as { id?: string }[]).map((s) => s.id ?? '')
    : [...DEFAULT_STAGES];
  const problems = [...draft.problems, ...refused];
  const set = (path: readonly Segment[], value: unknown) => {
    setRefused([]);
    draft.setDoc(setAt(doc, path, value) as Doc);
  };
  const current =
    selected.kind === 'question'
      ? questions[selected.index]
      : selected.kind === 'survey'
        ? surveys[selected.index]
        : undefined;
  const target: PreviewTarget | undefined =
    selected.kind !== 'settings' && current?.id
      ? { kind: selected.kind, id: current.id }
      : undefined;

  const add = (kind: 'question' | 'survey') => {
    if (kind === 'question') {
      set(['questions'], [...questions, newQuestion(questions)]);
      setSelected({ kind, index: questions.length });
    } else {
      const first = questions[0]?.id ?? '';
      set(
        ['surveys'],
        [...surveys, { id: `survey-${surveys.length + 1}`, steps: [{ question: first }] }],
      );
      setSelected({ kind, index: surveys.length });
    }
  };
  const remove = (s: Selection) => {
    if (s.kind === 'settings') return;
    set([s.kind === 'question' ? 'questions' : 'surveys', s.index], undefined);
    setSelected({ kind: 'settings' });
  };
  /** A problem's link opens the question or survey it is in. */
  const showPath = (path: string) => {
    const [head, index] = parsePath(path);
    if ((head === 'questions' || head === 'surveys') && typeof index === 'number') {
      setSelected({ kind: head === 'questions' ? 'question' : 'survey', index });
    } else if (
      head === 'limits' ||
      head === 'appearance' ||
      head === 'privacy' ||
      head === 'locale'
    ) {
      setSelected({ kind: 'settings' });
    }
  };
  const origin = location.origin;
  return (
    <EditContext.Provider value={{ doc, problems, set, readOnly, languages: p.languages }}>
      <div class="editor">
        <div class="editor__publish">
          <Problems problems={problems} onShow={showPath} />
          <PublishBar
            session={session}
            config={doc}
            problems={problems}
            changed={draft.changed}
            onPublished={(v) => {
              draft.reset(doc);
              p.onPublished(v);
            }}
            onRefused={setRefused}
          />
        </div>
        <div class="editor__forms">
          <ItemList
            questions={questions}
            surveys={surveys}
            problems={problems}
            selected={selected}
            readOnly={readOnly}
            onSelect={setSelected}
            onAdd={add}
            onRemove={remove}
          />
          <section class="panel" aria-labelledby="form-title">
            <h2 id="form-title">
              {selected.kind === 'settings'
                ? 'Settings'
                : current
                  ? `${selected.kind === 'question' ? 'Question' : 'Survey'} ${current.id ?? ''}`
                  : `No ${selected.kind}s yet`}
            </h2>
            {selected.kind === 'question' && current && (
              <QuestionForm index={selected.index} stages={stages} />
            )}
            {selected.kind === 'survey' && current && (
              <SurveyForm
                index={selected.index}
                stages={stages}
                questions={questions.map((q) => q.id ?? '').filter(Boolean)}
              />
            )}
            {selected.kind === 'settings' && (
              <SettingsForm
                items={[...questions, ...surveys].map((x) => x.id ?? '').filter(Boolean)}
              />
            )}
            {selected.kind !== 'settings' && !current && (
              <p class="panel__note">Add one with the button on the left.</p>
            )}
          </section>
        </div>
        <div class="editor__side">
          <Preview config={draft.resolved} target={target} languages={p.languages} />
          {target && (
            <PreviewLink
              key={session.site}
              site={session.site}
              id={target.id}
              kind={target.kind}
              changed={draft.changed}
            />
          )}
          <JsonView
            site={session.site}
            text={draft.text}
            readOnly={readOnly}
            check={(text) => {
              try {
                return checkDraft(JSON.parse(text), session.site, origin);
              } catch {
                return [];
              }
            }}
            onChange={(text) => {
              setRefused([]);
              draft.setText(text);
            }}
          />
        </div>
      </div>
    </EditContext.Provider>
  );
}
