import { createHash } from 'node:crypto';

/**
 * A strong ETag for one published version: its number and a hash of the exact bytes served,
 * so a rollback to the same content still gets a tag of its own.
 *
 * @example
 * configEtag(3, '{"questions":[]}'); // → '"3-q1w2e3r4t5y6u7i8"'
 */
export function configEtag(version: number, body: string): string {
  const hash = createHash('sha256').update(body).digest('base64url').slice(0, 22);
  return `"${version}-${hash}"`;
}

/**
 * Whether `If-None-Match` names `etag` (RFC 9110 §13.1.2: a list, `*`, and weak comparison,
 * so a `W/` tag a proxy weakened still matches).
 */
export function noneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag);
}
