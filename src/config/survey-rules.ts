/**
 * The rules a survey keeps that no per-field schema can say (DESIGN §2 surveys). Branches only
 * go forward, to a step of the same survey or to `"end"`, so no survey can loop.
 */
import { isScale, type QuestionType } from '../model/question-types';
import { emptyWindow } from '../model/schedule-bound';
import type { ConfigIssue } from './error';
import type { ParsedConfig, Survey } from './schema';

type Add = (path: string, message: string) => void;

function surveyIssues(v: Survey, at: string, types: Map<string, QuestionType>, add: Add): void {
  const position = new Map<string, number>();
  v.steps.forEach((s, j) => {
    const earlier = position.get(s.question);
    if (!types.has(s.question))
      add(`${at}.steps[${j}].question`, `unknown question "${s.question}"`);
    else if (earlier !== undefined)
      add(`${at}.steps[${j}].question`, `"${s.question}" is already step ${earlier + 1}`);
    else position.set(s.question, j);
  });
  v.steps.forEach((s, j) => {
    const type = types.get(s.question);
    s.next?.forEach((b, k) => {
      const path = `${at}.steps[${j}].next[${k}]`;
      if (b.goto !== 'end') {
        const to = position.get(b.goto);
        if (to === undefined)
          add(
            `${path}.goto`,
            `"${b.goto}" is not a step of this survey (steps: ${[...position.keys()].join(', ')}, or "end")`,
          );
        else if (to <= j)
          add(
            `${path}.goto`,
            `goes back to step ${to + 1} ("${b.goto}"): a cycle; a branch only goes forward`,
          );
      }
      if (!b.when || !type) return;
      if (isScale(type) && b.when.in)
        add(`${path}.when.in`, `a ${type} step branches on "min"/"max"`);
      if (!isScale(type) && (b.when.min !== undefined || b.when.max !== undefined))
        add(`${path}.when`, `a ${type} step branches on "in" (answer ids), not "min"/"max"`);
      if (type === 'text') add(`${path}.when`, 'a text step cannot branch on its answer');
    });
  });
}

/**
 * Every survey and launcher problem in an already schema-valid config.
 *
 * @param questions the config's questions, or the bank's when it names none
 */
export function surveyRuleIssues(
  config: ParsedConfig,
  questions: ReadonlyArray<{ id: string; type: QuestionType }>,
  stageIds: readonly string[],
): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add: Add = (path, message) => issues.push({ path, message });
  const types = new Map(questions.map((q) => [q.id, q.type]));
  const seen = new Set<string>();
  config.surveys?.forEach((v, i) => {
    const at = `surveys[${i}]`;
    if (types.has(v.id))
      add(
        `${at}.id`,
        `"${v.id}" is already a question id; ids are unique across questions and surveys`,
      );
    else if (seen.has(v.id)) add(`${at}.id`, `duplicate survey id "${v.id}"`);
    seen.add(v.id);
    v.stages?.forEach((s, j) => {
      if (!stageIds.includes(s))
        add(`${at}.stages[${j}]`, `unknown stage "${s}" (known: ${stageIds.join(', ')})`);
    });
    if (v.schedule && emptyWindow(v.schedule))
      add(`${at}.schedule`, `"from" (${v.schedule.from}) is after "until" (${v.schedule.until})`);
    surveyIssues(v, at, types, add);
  });
  const opens = config.appearance.launcher?.survey;
  if (opens !== undefined && !types.has(opens) && !seen.has(opens))
    add('appearance.launcher.survey', `no question or survey "${opens}"`);
  return issues;
}
