/**
 * `createWaypoint`, the npm entry's constructor. A development build checks the config against
 * the whole schema; a production build checks what the runtime needs, and carries no zod.
 */

import { WaypointConfigError } from '../config/error';
import { validateConfig } from '../config/parse';
import { resolveConfig } from '../config/resolve';
import type { WaypointConfig } from '../config/schema';
import { safeHost } from '../config/site-id';
import { usableIssues } from '../config/usable';
import { pageUrl } from '../platform/env';
import type { Waypoint, WaypointOptions } from './api';
import { createRuntime } from './runtime';

export type { AskResult } from '../act/ask';
export type { Waypoint, WaypointOptions } from './api';
export { SDK_VERSION } from './runtime';

/**
 * Creates a Waypoint instance. Throws `WaypointConfigError` naming each bad field: every field
 * the schema refuses in a development build (the package's `development` export), what stops
 * the runtime in production. Never throws afterwards.
 *
 * @example
 * const wp = createWaypoint({ site: 'acme', endpoint: 'https://collect.example.com/v1/events' });
 * wp.on('answer', (e) => console.info('answered', e.questionId));
 * wp.ask('advocate-nps');
 */
export function createWaypoint(input: WaypointConfig, options: WaypointOptions = {}): Waypoint {
  const url = options.url ?? pageUrl();
  const o = { base: url, defaultSite: url ? safeHost(url) : undefined };
  const issues = __DEV__ ? validateConfig(input, o) : usableIssues(input, url);
  if (issues.length) throw new WaypointConfigError(issues);
  return createRuntime(resolveConfig(input, o), options);
}
