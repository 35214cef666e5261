/**
 * Turns zod issues into readable `{ path, message }` pairs. zod/mini ships no message locale
 * (that keeps it small), so the wording lives here, keyed by issue code.
 */
import type { z } from 'zod/mini';
import type { ConfigIssue } from './error';

type ZodIssue = z.core.$ZodIssue;

/** `['questions', 0, 'text']` → `questions[0].text`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
    .join('');
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'an array';
  if (typeof input === 'string')
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  return typeof input;
}

function message(issue: ZodIssue): string {
  // A message given in the schema (z.regex(…, 'msg'), z.refine(…, 'msg')) wins.
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `is required (${issue.expected})`
        : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case 'invalid_value':
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(' | ')}, got ${describe(issue.input)}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `needs at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be ${issue.inclusive ? '≥' : '>'} ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `allows at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `must be ${issue.inclusive ? '≤' : '<'} ${issue.maximum}`;
    case 'invalid_format':
      return `is not a valid ${issue.format}`;
    case 'invalid_union':
      return issue.discriminator
        ? `expected ${('options' in issue ? (issue.options ?? []) : []).map((o) => JSON.stringify(o)).join(' | ')}, got ${describe((issue.input as Record<string, unknown> | undefined)?.[issue.discriminator])}`
        : `expected a string or a map of locale → string, got ${describe(issue.input)}`;
    case 'invalid_key':
      return 'has an invalid key';
    default:
      return 'is invalid';
  }
}

/**
 * For a union whose input had the right shape for one branch (a string, or a locale map), that
 * branch's own issues say more than "matched no branch".
 */
function branchIssues(issue: ZodIssue): readonly ZodIssue[] | undefined {
  if (issue.code !== 'invalid_union' || issue.discriminator) return undefined;
  const branch = issue.errors.find(
    (errors) =>
      errors.length > 0 && !errors.some((e) => e.code === 'invalid_type' && e.path.length === 0),
  );
  return branch?.map((e) => ({ ...e, path: [...issue.path, ...e.path] }));
}

/** Readable issues, with unknown keys reported at the unknown key's own path. */
export function toConfigIssues(issues: readonly ZodIssue[]): ConfigIssue[] {
  return issues.flatMap((issue): ConfigIssue[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => ({
        path: formatPath([...issue.path, k]),
        message: 'unknown key',
      }));
    }
    const inner = branchIssues(issue);
    if (inner) return toConfigIssues(inner);
    return [{ path: formatPath(issue.path), message: message(issue) }];
  });
}
