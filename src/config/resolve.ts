/**
 * Fills in a config's defaults without validating it: the script-tag core runs on this, while
 * the schema's verdict comes from the validation chunk (once per config version, remembered on
 * the device). `parseConfig` validates first and then calls this too, so the npm module and the
 * tag run on one resolver; a test keeps it equal to the schema's own defaults.
 */
import { QUALITY_STAGES } from '../model/qualities';
import { BANK_META } from '../model/question-bank/meta';
import { DEFAULT_STAGES } from '../model/stages';
import type { ResolvedConfig, ResolvedQuestion, ResolvedSurvey } from './resolved';
import { checkUrl } from './rules';

export interface ResolveOptions {
  /** URL that a relative `endpoint` / `policyUrl` resolves against (the page's URL). */
  base?: string;
  /** Site id to use when the config names none (the page's host name). */
  defaultSite?: string;
}

// biome-ignore lint/suspicious/noExplicitAny: input is untrusted JSON whose shape the schema checks
type Loose = any;

const LIMITS = { promptsPerSession: 1, daysBetweenPrompts: 14, dismissCooldownDays: 30 };
const APPEARANCE = {
  position: 'bottom-right',
  theme: 'auto',
  accent: '#4f46e5',
  zIndex: 2147483000,
} as const;
const PRIVACY = { anonymous: false, requireConsent: false, scrubText: true };

function url(value: string, base: string | undefined, localHttp: boolean): string {
  const r = checkUrl(value, base, localHttp);
  if ('error' in r) throw new Error(r.error);
  return r.url;
}

function question(q: Loose, known: Set<string>): ResolvedQuestion {
  return {
    multiple: false,
    shuffle: false,
    maxLength: 1000,
    trigger: { on: 'stage' },
    sample: 1,
    cooldownDays: 90,
    priority: 0,
    version: 1,
    ...q,
    stages:
      q.stages ??
      QUALITY_STAGES[q.quality as keyof typeof QUALITY_STAGES].filter((s) => known.has(s)),
  };
}

/**
 * A survey takes its quality (for the caps) and, unless it names its own, its stages from its
 * first step's question.
 */
function survey(v: Loose, questions: ResolvedQuestion[]): ResolvedSurvey {
  const first = questions.find((q) => q.id === v.steps?.[0]?.question);
  return {
    trigger: { on: 'stage' },
    sample: 1,
    cooldownDays: 90,
    priority: 0,
    ...v,
    quality: first?.quality ?? 'perspective',
    stages: v.stages ?? first?.stages ?? [],
  };
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
  const questions: ResolvedQuestion[] = (input.questions ?? BANK_META).map((q: Loose) =>
    question(q, known),
  );
  return {
    site: input.site ?? o.defaultSite ?? 'default',
    endpoint: url(input.endpoint, o.base, true),
    locale: input.locale ?? 'auto',
    stages,
    questions,
    surveys: (input.surveys ?? []).map((v: Loose) => survey(v, questions)),
    limits: {
      ...LIMITS,
      ...limits,
      perStage: { max: 1, days: 30, ...limits.perStage },
      perQuality: { max: 1, days: 90, ...limits.perQuality },
    },
    appearance: {
      ...APPEARANCE,
      ...appearance,
      ...(appearance.launcher ? { launcher: { position: 'right', ...appearance.launcher } } : {}),
    },
    privacy: {
      ...PRIVACY,
      ...privacy,
      policyUrl:
        privacy.policyUrl === undefined ? undefined : url(privacy.policyUrl, o.base, false),
    },
    debug: input.debug ?? false,
  };
}
