/**
 * Path globs from config (DESIGN §4): `*` matches one path segment, `**` any number of
 * segments. Compiled by hand so that no regular expression ever comes from config.
 */

/** Whether `path` (e.g. `/products/shoes`) matches `glob` (e.g. `/products/**`). */
export function matchGlob(glob: string, path: string): boolean {
  const g = glob.split('/').filter(Boolean);
  const p = path.split('/').filter(Boolean);
  const memo = new Map<string, boolean>();
  const match = (i: number, j: number): boolean => {
    const k = `${i},${j}`;
    const hit = memo.get(k);
    if (hit !== undefined) return hit;
    let result: boolean;
    if (i === g.length) result = j === p.length;
    else if (g[i] === '**') result = match(i + 1, j) || (j < p.length && match(i, j + 1));
    else
      result =
        j < p.length && segmentMatches(g[i] as string, p[j] as string) && match(i + 1, j + 1);
    memo.set(k, result);
    return result;
  };
  return match(0, 0);
}

/** One segment: literal text with `*` standing for any run of characters within the segment. */
function segmentMatches(pattern: string, segment: string): boolean {
  if (pattern === '*') return true;
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === segment;
  let at = 0;
  for (let n = 0; n < parts.length; n++) {
    const part = parts[n] as string;
    if (n === 0) {
      if (!segment.startsWith(part)) return false;
      at = part.length;
    } else if (n === parts.length - 1) {
      return segment.length - part.length >= at && segment.endsWith(part);
    } else {
      const found = segment.indexOf(part, at);
      if (found < 0) return false;
      at = found + part.length;
    }
  }
  return true;
}
