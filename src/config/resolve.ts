/**
 * Fills in a config's defaults without validating it, so the script-tag core needs no zod (the
 * validator chunk runs once per config version). `parseConfig` validates, then calls this too.
 */
import { QUALITY_STAGES } from '../model/qualities';
import { BANK_META } from '../model/question-bank/meta';
import { DEFAULT_STAGES } from '../model/stages';
import type { ResolvedConfig, ResolvedQuestion, ResolvedSurvey } from './resolved';
import { checkUrl } from './rules';
import * as DEFAULT from './schema-defaults';

export interface ResolveOptions {
  /** URL that a relative `endpoint` / `policyUrl` resolves against (the page's URL). */
  base?: string;
  /** Site id to use when the config names none (the page's host name). */
  defaultSite?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: input is untrusted JSON whose shape the schema checks
type Loose = any;

function url(value: string, base: string | undefined, localHttp: boolean): string {
  const r = checkUrl(value, base, localHttp);
  if ('error' in r) throw new Error(r.error);
  return r.url;
}

/**
 * `input` with every default in place. Throws (a plain `Error`) only where a value cannot be
 * used at all, such as an endpoint that is not a URL; the validator names the field.
 *
 * @example
 * resolveConfig({ endpoint: '/v1/events' }, { base: location.href }).limits.promptsPerSession; // 1
 */
export function resolveConfig(input: Loose, o: ResolveOptions = {}): ResolvedConfig {
  const stages = (input.stages ?? DEFAULT_STAGES.map((id) => ({ id }))).map((s: Loose) => ({
    id: s.id,
    paths: s.paths ?? [],
    events: s.events ?? [],
  }));
  const known = new Set<string>(stages.map((s: { id: string }) => s.id));
  const limits = input.limits ?? {};
  const privacy = input.privacy ?? {};
  const appearance = input.appearance ?? {};
  // A question without stages is asked at its quality's stages that the site has.
  const questions: ResolvedQuestion[] = (input.questions ?? BANK_META).map((q: Loose) => ({
    ...DEFAULT.QUESTION,
    ...DEFAULT.TARGETING,
    ...q,
    stages:
      q.stages ??
      QUALITY_STAGES[q.quality as keyof typeof QUALITY_STAGES].filter((s) => known.has(s)),
  }));
  return {
    site: input.site ?? o.defaultSite ?? 'default',
    endpoint: url(input.endpoint, o.base, true),
    locale: input.locale ?? DEFAULT.LOCALE,
    stages,
    questions,
    // A survey takes its quality (for the caps) and, unless it names its own, its stages from
    // its first step's question.
    surveys: (input.surveys ?? []).map((v: Loose): ResolvedSurvey => {
      const first = questions.find((q) => q.id === v.steps?.[0]?.question);
      return {
        ...DEFAULT.TARGETING,
        ...v,
        quality: first?.quality ?? 'perspective',
        stages: v.stages ?? first?.stages ?? [],
      };
    }),
    limits: {
      ...DEFAULT.LIMITS,
      ...limits,
      perStage: { ...DEFAULT.PER_STAGE, ...limits.perStage },
      perQuality: { ...DEFAULT.PER_QUALITY, ...limits.perQuality },
    },
    appearance: {
      ...DEFAULT.APPEARANCE,
      ...appearance,
      ...(appearance.launcher ? { launcher: { ...DEFAULT.LAUNCHER, ...appearance.launcher } } : {}),
    },
    privacy: {
      ...DEFAULT.PRIVACY,
      ...privacy,
      policyUrl:
        privacy.policyUrl === undefined ? undefined : url(privacy.policyUrl, o.base, false),
    },
    debug: input.debug ?? DEFAULT.DEBUG,
  };
}
