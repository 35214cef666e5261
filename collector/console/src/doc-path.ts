// Reading and writing a config document by the paths the SDK's problems name
// (`questions[0].options[1].text`), immutably, so each edit is a new document.

export type Segment = string | number;
export type Doc = Record<string, unknown>;

/** `questions[0].type` → ['questions', 0, 'type']. */
export function parsePath(path: string): Segment[] {
  const out: Segment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  }
  return out;
}

/** ['questions', 0, 'type'] → `questions[0].type`. */
export function formatPath(segments: readonly Segment[]): string {
  return segments
    .map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`))
    .join('');
}

export function getAt(doc: unknown, path: readonly Segment[]): unknown {
  let at: unknown = doc;
  for (const s of path) {
    if (typeof at !== 'object' || at === null) return undefined;
    at = (at as Record<string, unknown>)[s as string];
  }
  return at;
}

/** A copy of `doc` with `value` at `path`; `undefined` removes the key (or array element). */
export function setAt<T>(doc: T, path: readonly Segment[], value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  const base: unknown = doc ?? (typeof head === 'number' ? [] : {});
  let next = rest.length === 0 ? value : setAt(getAt(base, [head]), rest, value);
  // Clearing an object's last field leaves the object out, not `{}` ("schedule needs from").
  if (value === undefined && isEmptyObject(next)) next = undefined;
  if (Array.isArray(base)) {
    const copy = [...base];
    if (next === undefined && typeof head === 'number') copy.splice(head, 1);
    else copy[head as number] = next;
    return copy as T;
  }
  const copy = { ...(base as Record<string, unknown>) };
  if (next === undefined) delete copy[head as string];
  else copy[head as string] = next;
  return copy as T;
}

/** A DOM id for the field at `path`, so a problem can take focus to its field. */
export const fieldId = (path: string) => `field-${path.replace(/[^\w-]/g, '_')}`;

function isEmptyObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0;
}
