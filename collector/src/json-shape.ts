/** Deeper than any Waypoint event (about 5 levels), shallow enough for every recursive step. */
export const MAX_DEPTH = 32;

/**
 * What makes a parsed JSON body unstorable whatever the schema says, or undefined. Walks
 * without recursion, so a body nested 100,000 deep is a clear 400 here instead of a stack
 * overflow later (JSON.stringify and the validators recurse). PostgreSQL refuses NUL and lone
 * surrogates in text and jsonb, so they are refused up front for both stores alike.
 *
 * @example
 * jsonProblem(JSON.parse('[[[[1]]]]')); // → undefined
 */
export function jsonProblem(root: unknown): string | undefined {
  const stack: Array<[unknown, number, string]> = [[root, 0, '']];
  while (stack.length > 0) {
    const [value, depth, path] = stack.pop() as [unknown, number, string];
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) return `${path || 'body'}: ${problem}`;
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_DEPTH) return `${clip(path)}: nested deeper than ${MAX_DEPTH} levels`;
    for (const [key, child] of Object.entries(value)) {
      const problem = textProblem(key);
      if (problem) return `${path || 'body'}: a key ${problem}`;
      stack.push([child, depth + 1, path === '' ? key : `${path}.${key}`]);
    }
  }
  return undefined;
}

// String.prototype.isWellFormed is ES2024, beyond this project's lib setting.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A path is as long as the nesting: keep the start, which says where it went wrong. */
function clip(path: string): string {
  return path.length > 40 ? `${path.slice(0, 40)}…` : path || 'body';
}

/** What PostgreSQL cannot store in text, or undefined. */
export function textProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(text)) return 'contains a lone UTF-16 surrogate';
  return undefined;
}
