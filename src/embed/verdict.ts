/**
 * The schema's verdict, in debug mode only: configs are checked where they are written (the
 * console's publish, `npx waypoint-check-config`), so visitors' devices never load the schema.
 */
import type { ConfigIssue } from '../config/error';
import { loadValidator } from '../lazy/chunks';

/** Debug mode: `data-debug`, `debug: true` or `#waypoint-debug` in the address (read-tag.ts). */
export const debugMode = (config: Record<string, unknown>) => config.debug === true;

/**
 * Every problem with the config, each by path (empty when valid). Rejects only when the
 * validation chunk cannot be loaded.
 *
 * @example
 * const issues = await verdict(config, location.href);
 */
export async function verdict(config: Record<string, unknown>, base: string) {
  const { validateConfig } = await loadValidator();
  return validateConfig(config, { base }) as ConfigIssue[];
}
