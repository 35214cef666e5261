/**
 * From untrusted input to a config the SDK can run on: schema, cross-field rules, defaults
 * that depend on other fields (stages, the question bank, the site id), absolute URLs.
 */

import { QUALITY_STAGES } from '../model/qualities';
import { DEFAULT_QUESTIONS } from '../model/question-bank';
import { DEFAULT_STAGES } from '../model/stages';
import { type ConfigIssue, WaypointConfigError } from './error';
import { toConfigIssues } from './issues';
import { checkUrl, crossFieldIssues } from './rules';
import { configSchema, type ParsedConfig, type Question, type StageRule } from './schema';

/** The config the SDK runs on: every default filled in, the endpoint an absolute URL. */
export interface ResolvedConfig extends Omit<ParsedConfig, 'site' | 'stages' | 'questions'> {
  site: string;
  stages: StageRule[];
  /** Questions with `stages` filled in from their quality's defaults (limited to the site's stages). */
  questions: Array<Question & { stages: string[] }>;
}

export interface ParseOptions {
  /** URL that a relative `endpoint` / `policyUrl` resolves against (the page's URL). */
  base?: string;
  /** Site id to use when the config names none (the page's host name). */
  defaultSite?: string;
}

const questionOnly = configSchema.shape.questions;

/**
 * Validates `input` and fills in defaults. Throws `WaypointConfigError` naming every bad field.
 *
 * @example
 * const config = parseConfig({ endpoint: '/v1/events' }, { base: location.href });
 */
export function parseConfig(input: unknown, options: ParseOptions = {}): ResolvedConfig {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new WaypointConfigError([
      { path: '', message: 'expected an object with at least "endpoint"' },
    ]);
  }
  const result = configSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const issues = toConfigIssues(result.error.issues);
    // Report a bad endpoint URL alongside schema issues, so one run names every problem.
    const raw = (input as { endpoint?: unknown }).endpoint;
    const url = typeof raw === 'string' && raw ? checkUrl(raw, options.base, true) : undefined;
    if (url && 'error' in url) issues.push({ path: 'endpoint', message: url.error });
    throw new WaypointConfigError(issues);
  }
  const parsed = result.data;

  const stages = parsed.stages ?? DEFAULT_STAGES.map((id) => ({ id, paths: [], events: [] }));
  const stageIds = stages.map((s) => s.id);
  const issues: ConfigIssue[] = crossFieldIssues(parsed, stageIds);

  const endpoint = checkUrl(parsed.endpoint, options.base, true);
  if ('error' in endpoint) issues.push({ path: 'endpoint', message: endpoint.error });
  let policyUrl: string | undefined;
  if (parsed.privacy.policyUrl !== undefined) {
    const policy = checkUrl(parsed.privacy.policyUrl, options.base, false);
    if ('error' in policy) issues.push({ path: 'privacy.policyUrl', message: policy.error });
    else policyUrl = policy.url;
  }
  if (issues.length) throw new WaypointConfigError(issues);

  // The bank is validated by the same schema, so its defaults come from one place.
  const questions = parsed.questions ?? questionOnly.parse(DEFAULT_QUESTIONS) ?? [];
  const known = new Set(stageIds);
  return {
    ...parsed,
    site: parsed.site ?? options.defaultSite ?? 'default',
    endpoint: 'url' in endpoint ? endpoint.url : parsed.endpoint,
    privacy: { ...parsed.privacy, policyUrl },
    stages,
    questions: questions.map((q) => ({
      ...q,
      stages: q.stages ?? QUALITY_STAGES[q.quality].filter((s) => known.has(s)),
    })),
  };
}
