/**
 * Checks that span fields, which a per-field schema cannot express: unique ids, stage
 * references, options only on choice questions, safe URLs. Each returns readable issues.
 */
import { BANK_META } from '../model/question-bank/meta';
import { isScale } from '../model/question-types';
import { emptyWindow } from '../model/schedule-bound';
import type { ConfigIssue } from './error';
import type { ParsedConfig } from './schema';
import { surveyRuleIssues } from './survey-rules';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An absolute URL for `value` resolved against `base`, or a reason it is not acceptable. */
export function checkUrl(
  value: string,
  base: string | undefined,
  allowLocalHttp: boolean,
): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return {
      error: `"${value}" is not a URL${base ? '' : ' (relative URLs need a page to resolve against)'}`,
    };
  }
  const ok =
    url.protocol === 'https:' ||
    (url.protocol === 'http:' && (!allowLocalHttp || LOCAL_HOSTS.has(url.hostname)));
  if (!ok) {
    return {
      error: allowLocalHttp
        ? `must be https: (or http: on localhost), got "${url.protocol}//${url.host}"`
        : `must be an http: or https: URL, got "${url.protocol}"`,
    };
  }
  return { url: url.href };
}

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return dup;
}

/** Every cross-field problem in an already schema-valid config. */
export function crossFieldIssues(config: ParsedConfig, stageIds: readonly string[]): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  const dupStages = duplicates(stageIds);
  config.stages?.forEach((s, i) => {
    if (dupStages.has(s.id)) add(`stages[${i}].id`, `duplicate stage id "${s.id}"`);
  });

  const dupQuestions = duplicates((config.questions ?? []).map((q) => q.id));
  const known = new Set(stageIds);
  config.questions?.forEach((q, i) => {
    const at = `questions[${i}]`;
    if (dupQuestions.has(q.id)) add(`${at}.id`, `duplicate question id "${q.id}"`);
    q.stages?.forEach((s, j) => {
      if (!known.has(s))
        add(`${at}.stages[${j}]`, `unknown stage "${s}" (known: ${stageIds.join(', ')})`);
    });
    if (q.type === 'choice' && !q.options) add(`${at}.options`, 'a choice question needs options');
    if (q.type !== 'choice' && q.options)
      add(`${at}.options`, `only choice questions take options, not ${q.type}`);
    if (q.multiple && q.type !== 'choice')
      add(`${at}.multiple`, 'only choice questions take "multiple"');
    if (q.score && q.type !== 'yesno')
      add(
        `${at}.score`,
        `only yes/no questions take "score"${q.type === 'choice' ? ': score each option' : `, not ${q.type}`}`,
      );
    if (q.labels && !isScale(q.type))
      add(`${at}.labels`, `only scale questions take labels, not ${q.type}`);
    const when = q.followUp?.when;
    if (when && isScale(q.type) && when.in)
      add(`${at}.followUp.when.in`, 'a scale follow-up takes "min"/"max"');
    if (when && !isScale(q.type) && (when.min !== undefined || when.max !== undefined)) {
      add(`${at}.followUp.when`, `a ${q.type} follow-up takes "in" (answer ids), not "min"/"max"`);
    }
    if (q.type === 'text' && q.followUp)
      add(`${at}.followUp`, 'a text question cannot have a follow-up');
    if (q.shuffle && q.type !== 'choice')
      add(`${at}.shuffle`, `only choice questions take "shuffle", not ${q.type}`);
    q.options?.forEach((o, j) => {
      if (o.fixed && !q.shuffle)
        add(
          `${at}.options[${j}].fixed`,
          '"fixed" keeps an option in place only with "shuffle": true',
        );
    });
    if (q.schedule && emptyWindow(q.schedule))
      add(`${at}.schedule`, `"from" (${q.schedule.from}) is after "until" (${q.schedule.until})`);
  });
  issues.push(...surveyRuleIssues(config, config.questions ?? BANK_META, stageIds));
  return issues;
}
