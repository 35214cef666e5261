/**
 * From untrusted input to a config the SDK can run on: the schema and the cross-field rules
 * say what is wrong (every problem at once, each by path); `resolveConfig` fills in defaults.
 */

import { DEFAULT_STAGES } from '../model/stages';
import { type ConfigIssue, WaypointConfigError } from './error';
import { toConfigIssues } from './issues';
import { type ResolveOptions, resolveConfig } from './resolve';
import type { ResolvedConfig } from './resolved';
import { checkUrl, crossFieldIssues } from './rules';
import { configSchema } from './schema';

export type { ResolvedConfig } from './resolved';
export type ParseOptions = ResolveOptions;

/** The schema describes a document; the config that runs needs an endpoint from somewhere. */
const NO_ENDPOINT: ConfigIssue = {
  path: 'endpoint',
  message: "is required (in the config, or the script tag's data-endpoint)",
};

/**
 * Every problem with `input` (the merged config that is to run), each naming its field by
 * path; empty when it is valid.
 *
 * @example
 * validateConfig({ endpoint: 'ftp://x' }); // [{ path: 'endpoint', message: 'must be https: …' }]
 */
export function validateConfig(input: unknown, options: ParseOptions = {}): ConfigIssue[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ path: '', message: 'expected an object with at least "endpoint"' }];
  }
  const result = configSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const issues = toConfigIssues(result.error.issues);
    // Report a bad endpoint URL alongside schema issues, so one run names every problem.
    const raw = (input as { endpoint?: unknown }).endpoint;
    const url = typeof raw === 'string' && raw ? checkUrl(raw, options.base, true) : undefined;
    if (url && 'error' in url) issues.push({ path: 'endpoint', message: url.error });
    if (raw === undefined) issues.push(NO_ENDPOINT);
    return issues;
  }
  const parsed = result.data;
  const stageIds = (parsed.stages ?? DEFAULT_STAGES.map((id) => ({ id }))).map((s) => s.id);
  const issues: ConfigIssue[] = crossFieldIssues(parsed, stageIds);
  const endpoint =
    parsed.endpoint === undefined ? undefined : checkUrl(parsed.endpoint, options.base, true);
  if (!endpoint) issues.push(NO_ENDPOINT);
  else if ('error' in endpoint) issues.push({ path: 'endpoint', message: endpoint.error });
  if (parsed.privacy.policyUrl !== undefined) {
    const policy = checkUrl(parsed.privacy.policyUrl, options.base, false);
    if ('error' in policy) issues.push({ path: 'privacy.policyUrl', message: policy.error });
  }
  return issues;
}

/**
 * Validates `input` and fills in defaults. Throws `WaypointConfigError` naming every bad field.
 *
 * @example
 * const config = parseConfig({ endpoint: '/v1/events' }, { base: location.href });
 */
export function parseConfig(input: unknown, options: ParseOptions = {}): ResolvedConfig {
  const issues = validateConfig(input, options);
  if (issues.length) throw new WaypointConfigError(issues);
  return resolveConfig(input, options);
}
