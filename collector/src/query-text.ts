import { textProblem } from './json-shape.ts';
import { MAX_INDEXED_BYTES, utf8Bytes } from './limits.ts';

/**
 * What is wrong with a text filter of a read (`?site=`, `?stage=`, …), or undefined. Both
 * stores must answer alike, and PostgreSQL refuses NUL in text with an error (a 500).
 *
 * @example
 * queryTextProblem('site', 'a\u0000'); // → 'site contains a NUL character (\\u0000)'
 */
export function queryTextProblem(name: string, value: string): string | undefined {
  const problem = textProblem(value);
  if (problem !== undefined) return `${name} ${problem}`;
  const bytes = utf8Bytes(value);
  // Nothing longer is ever stored, so such a filter can only be a mistake.
  if (bytes > MAX_INDEXED_BYTES) {
    return `${name} must be at most ${MAX_INDEXED_BYTES} bytes of UTF-8, got ${bytes}`;
  }
  return undefined;
}
