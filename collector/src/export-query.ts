import type { StoredEvent } from './event.ts';

/**
 * Filters of the export (`GET /v1/events`). Times are ISO 8601; `since` is inclusive, `until`
 * exclusive, both on the event's own `time`. `after` is the cursor of the previous page.
 */
export interface ExportQuery {
  type?: string;
  since?: string;
  until?: string;
  stage?: string;
  quality?: string;
  site?: string;
  limit?: number;
  after?: Cursor;
}

/**
 * A place in storage order. `seq` is the row's insertion number; `tx` is the PostgreSQL
 * transaction id that stored it ('0' for SQLite, where one writer commits in `seq` order).
 */
export interface Cursor {
  tx: string;
  seq: string;
}

/** One page of the export, newest stored first; `next` is absent on the last page. */
export interface ExportPage {
  events: StoredEvent[];
  next?: Cursor;
}

/** `"<tx>.<seq>"`: short, opaque enough, and checkable with one pattern. */
export function formatCursor(cursor: Cursor): string {
  return `${cursor.tx}.${cursor.seq}`;
}

// PostgreSQL's xid8 is unsigned 64-bit and bigserial signed 64-bit; a larger number in a
// cursor is not one of ours, and casting it would fail in the database (a 500).
const MAX_TX = 2n ** 64n - 1n;
const MAX_SEQ = 2n ** 63n - 1n;

/** The cursor in a `?cursor=` value, or undefined when it is not one of ours. */
export function parseCursor(text: string): Cursor | undefined {
  const match = /^(\d{1,20})\.(\d{1,20})$/.exec(text);
  if (!match) return undefined;
  const [, tx, seq] = match as unknown as [string, string, string];
  return BigInt(tx) <= MAX_TX && BigInt(seq) <= MAX_SEQ ? { tx, seq } : undefined;
}

/**
 * The filter part of a WHERE clause shared by both stores (SQLite and PostgreSQL take the same
 * column names); `param(value)` returns the dialect's placeholder for a bound value.
 */
export function filterSql(query: ExportQuery, param: (value: unknown) => string): string[] {
  const where: string[] = [];
  if (query.type !== undefined) where.push(`type = ${param(query.type)}`);
  if (query.stage !== undefined) where.push(`stage = ${param(query.stage)}`);
  if (query.quality !== undefined) where.push(`quality = ${param(query.quality)}`);
  if (query.site !== undefined) where.push(`site = ${param(query.site)}`);
  if (query.since !== undefined) where.push(`time_ms >= ${param(Date.parse(query.since))}`);
  if (query.until !== undefined) where.push(`time_ms < ${param(Date.parse(query.until))}`);
  return where;
}
