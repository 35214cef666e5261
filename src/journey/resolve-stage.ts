/**
 * Which stage a page or an event puts the visitor in, from the site's stage rules. Later
 * stages in the list win when several match, since the journey moves forward.
 */
import type { StageRule } from '../config/schema';
import { matchGlob } from './glob';

/** The stage whose path rules match `path`, or undefined. */
export function stageForPath(stages: readonly StageRule[], path: string): string | undefined {
  let found: string | undefined;
  for (const s of stages) if (s.paths.some((g) => matchGlob(g, path))) found = s.id;
  return found;
}

/** The stage whose event rules name `event`, or undefined. */
export function stageForEvent(stages: readonly StageRule[], event: string): string | undefined {
  let found: string | undefined;
  for (const s of stages) if (s.events.includes(event)) found = s.id;
  return found;
}

/**
 * The stage for a location: a hash router's route (`#/checkout` or `#!/checkout`) first, then
 * the path. Only the path and the route are read; the query string never is.
 *
 * @example
 * stageForLocation(stages, '/app/', '#/checkout/pay'); // the stage of "/checkout/**"
 */
export function stageForLocation(
  stages: readonly StageRule[],
  pathname: string,
  hash = '',
): string | undefined {
  const route = /^#!?(\/[^?]*)/.exec(hash)?.[1];
  return (route && stageForPath(stages, route)) || stageForPath(stages, pathname);
}

/** The stage for a page's full URL (`href`), or undefined (also for a URL that cannot be read). */
export function stageAt(
  stages: readonly StageRule[],
  href: string | undefined,
): string | undefined {
  try {
    const { pathname, hash } = new URL(href ?? '');
    return stageForLocation(stages, pathname, hash);
  } catch {
    return undefined;
  }
}
