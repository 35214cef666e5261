/**
 * The most UTF-8 bytes of an indexed text field (`site`, `stage`, `quality`, the question's
 * type): the summary's index holds five of them in one entry, and PostgreSQL refuses entries
 * over about 2.7 KB (a 5xx the SDK would retry for ever).
 */
export const MAX_INDEXED_BYTES = 200;

const encoder = new TextEncoder();

/** The length of `text` in UTF-8 bytes. */
export function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}
