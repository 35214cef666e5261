/**
 * JSON text for our own plain data that does not depend on the host page: a `toJSON` patched
 * onto `Object.prototype`, `Array.prototype` or `Date.prototype` (seen in the wild via old
 * Prototype.js-era libraries) would otherwise rewrite our payloads (RELIABILITY §10).
 */
const quote = (s: string) => JSON.stringify(String(s));

/** Serialises plain objects, arrays, strings, finite numbers, booleans and null. */
export function toJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object': {
      if (Array.isArray(value)) {
        const items: string[] = [];
        for (let i = 0; i < value.length; i++)
          items.push(value[i] === undefined ? 'null' : toJson(value[i]));
        return `[${items.join(',')}]`;
      }
      const parts: string[] = [];
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        parts.push(`${quote(key)}:${toJson(v)}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      return 'null';
  }
}

/** UTF-8 byte length of a string, for batch and queue size limits. */
export function byteLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      n += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}
