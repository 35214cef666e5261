/** One problem found in a config: where it is (`questions[0].type`) and what is wrong. */
export interface ConfigIssue {
  path: string;
  message: string;
}

/**
 * Thrown by `createWaypoint` (and only there) when the config is invalid. The message names
 * every bad field by its path, one per line, so the fix is obvious from the console alone.
 *
 * @example
 * try { createWaypoint({ endpoint: 'ftp://x' }); }
 * catch (e) { if (e instanceof WaypointConfigError) console.error(e.issues); }
 */
export class WaypointConfigError extends Error {
  readonly issues: readonly ConfigIssue[];

  constructor(issues: readonly ConfigIssue[]) {
    super(
      `Invalid Waypoint config:\n${issues.map((i) => `  - ${i.path || 'config'}: ${i.message}`).join('\n')}`,
    );
    this.name = 'WaypointConfigError';
    this.issues = issues;
  }
}
