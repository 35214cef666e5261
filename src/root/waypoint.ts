/**
 * `createWaypoint`, the npm entry's constructor: validates the config with the schema (throwing
 * `WaypointConfigError` naming each bad field), then runs it.
 */

import { parseConfig } from '../config/parse';
import type { WaypointConfig } from '../config/schema';
import { safeHost } from '../config/site-id';
import { pageUrl } from '../platform/env';
import type { Waypoint, WaypointOptions } from './api';
import { createRuntime } from './runtime';

export type { AskResult } from '../act/ask';
export type { Waypoint, WaypointOptions } from './api';
export { SDK_VERSION } from './runtime';

/**
 * Creates a Waypoint instance. Throws `WaypointConfigError` (naming each bad field) for an
 * invalid config; never throws afterwards.
 *
 * @example
 * const wp = createWaypoint({ site: 'acme', endpoint: 'https://collect.example.com/v1/events' });
 * wp.on('answer', (e) => console.info('answered', e.questionId));
 * wp.ask('advocate-nps');
 */
export function createWaypoint(input: WaypointConfig, options: WaypointOptions = {}): Waypoint {
  const url = options.url ?? pageUrl();
  const config = parseConfig(input, { base: url, defaultSite: url ? safeHost(url) : undefined });
  return createRuntime(config, options);
}
