/**
 * `identify` traits as they may travel: strings, finite numbers and booleans, bounded in
 * number and size. Anything else (null, dates, arrays, nested objects, NaN, a throwing or
 * cyclic getter) is dropped and named, so one bad trait never makes every later event invalid.
 */
export type Traits = Record<string, string | number | boolean>;

const MAX_TRAITS = 50;
const MAX_KEY = 64;
const MAX_VALUE = 500;

/**
 * @example
 * cleanTraits({ plan: 'pro', since: new Date() });
 * // { traits: { plan: 'pro' }, dropped: ['since'] }
 */
export function cleanTraits(input: unknown): { traits: Traits; dropped: string[] } {
  const traits: Traits = {};
  const dropped: string[] = [];
  if (input === undefined) return { traits, dropped };
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    return { traits, dropped: ['(traits must be an object)'] };
  }
  let keys: string[];
  try {
    keys = Object.keys(input);
  } catch {
    return { traits, dropped: ['(traits could not be read)'] };
  }
  for (const key of keys) {
    let value: unknown;
    try {
      value = (input as Record<string, unknown>)[key];
    } catch {
      dropped.push(key);
      continue;
    }
    const ok =
      key.length <= MAX_KEY &&
      Object.keys(traits).length < MAX_TRAITS &&
      ((typeof value === 'string' && value.length <= MAX_VALUE) ||
        (typeof value === 'number' && Number.isFinite(value)) ||
        typeof value === 'boolean');
    if (ok) traits[key] = value as string | number | boolean;
    else dropped.push(key);
  }
  return { traits, dropped };
}

/**
 * The user `identify` names, its traits cleaned; what was dropped goes to `report`, once. An id
 * that is not a non-empty string names no user: `report` hears why.
 */
export function identifiedUser(
  id: unknown,
  traits: unknown,
  report: (message: string) => void,
): { id: string; traits?: Traits } | undefined {
  if (typeof id !== 'string' || !id) return void report('identify needs a user id string');
  const clean = cleanTraits(traits);
  if (clean.dropped.length)
    report(
      `identify kept only string, finite number and boolean traits; dropped: ${clean.dropped.join(', ')}`,
    );
  return traits === undefined ? { id } : { id, traits: clean.traits };
}

/**
 * Who `identify` named on this page. The events carry the user only outside anonymous mode;
 * targeting's audiences read the traits either way, on the device.
 */
export function createIdentity(anonymous: boolean, report: (message: string) => void) {
  let user: { id: string; traits?: Traits } | undefined;
  return {
    identify(id: unknown, traits?: unknown): void {
      user = identifiedUser(id, traits, report) ?? user;
    },
    /** The user events carry: none in anonymous mode. */
    user: () => (anonymous ? undefined : user),
    traits: () => user?.traits,
  };
}
