import { createRequire } from 'node:module';
import { validateConfig } from 'waypoint-feedback/wire';

/** One problem with a config, by path (`questions[0].type`), as the SDK reports it. */
export type ConfigProblem = ReturnType<typeof validateConfig>[number];

/**
 * The version of the installed `waypoint-feedback` whose schema checks configs here: what a
 * published config is marked with (`Waypoint-Config-Schema`), and what the SDK's own verdict
 * is keyed on, so a browser running that version need not check it again.
 */
export const SCHEMA_VERSION: string = (
  createRequire(import.meta.url)('waypoint-feedback/package.json') as { version: string }
).version;

/**
 * Every problem with `config` as a `data-config` document for `site`, checked by the SDK's own
 * `validateConfig` (empty when it may be published). The document may leave `endpoint` out,
 * since the tag gives it; relative URLs are checked against `base`, the collector's origin.
 *
 * @example
 * checkPublishedConfig({ questions: [{ id: 'x' }] }, 'shop', 'https://feedback.example');
 * // → [{ path: 'questions[0].type', message: … }, …]
 */
export function checkPublishedConfig(config: unknown, site: string, base: string): ConfigProblem[] {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return [{ path: '', message: 'expected a config object such as { "questions": [ … ] }' }];
  }
  const document = config as Record<string, unknown>;
  // A stand-in endpoint only when there is none, so a given one is still checked as written.
  const merged =
    document.endpoint === undefined ? { ...document, endpoint: `${base}/v1/events` } : document;
  const problems = validateConfig(merged, { base: `${base}/` });
  if (document.site !== undefined && document.site !== site) {
    problems.push({
      path: 'site',
      message: `must be "${site}" (the site it is published for), or left out`,
    });
  }
  return problems;
}
