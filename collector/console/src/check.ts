// The page's check of a draft, the same the collector runs before it publishes: the SDK's own
// `validateConfig` (one zod schema, one source of truth), an endpoint filled in when the tag
// gives it, and the site the config is published for.
import { validateConfig } from 'waypoint-feedback/wire';
import type { Problem } from './api.ts';

export function checkDraft(config: unknown, site: string, origin: string): Problem[] {
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    return [{ path: '', message: 'expected a config object such as { "questions": [ … ] }' }];
  }
  const doc = config as Record<string, unknown>;
  const merged = doc.endpoint === undefined ? { ...doc, endpoint: `${origin}/v1/events` } : doc;
  const problems: Problem[] = validateConfig(merged, { base: `${origin}/` });
  if (doc.site !== undefined && doc.site !== site) {
    problems.push({
      path: 'site',
      message: `must be "${site}" (the site it is published for), or left out`,
    });
  }
  return problems;
}
