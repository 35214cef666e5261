import type { StoredEvent } from './event.ts';

/** A stored row in either database; `data` is JSON text (SQLite) or already parsed (jsonb). */
export interface EventRow {
  id: string;
  type: string;
  source: string;
  subject: string | null;
  time: string;
  sentat: string | null;
  site: string | null;
  stage: string | null;
  quality: string | null;
  datacontenttype: string | null;
  extensions: string | Record<string, unknown> | null;
  data: string | Record<string, unknown>;
  received_at: string | Date;
}

const COLUMNS = ['subject', 'datacontenttype', 'sentat', 'site', 'stage', 'quality'] as const;

/** The event as it was sent (plus `receivedat`), from a row of either store. */
export function toStoredEvent(row: EventRow): StoredEvent {
  const extensions =
    typeof row.extensions === 'string' ? JSON.parse(row.extensions) : row.extensions;
  const event: StoredEvent = {
    ...(extensions ?? {}),
    specversion: '1.0',
    id: row.id,
    source: row.source,
    type: row.type,
    time: row.time,
    data: typeof row.data === 'string' ? JSON.parse(row.data) : row.data,
    receivedat: new Date(row.received_at).toISOString(),
  };
  // Absent attributes stay absent rather than null, as CloudEvents expects.
  for (const column of COLUMNS) {
    const value = row[column];
    if (value !== null) event[column] = value;
  }
  return event;
}

const KNOWN = new Set(['specversion', 'id', 'source', 'type', 'time', 'data', ...COLUMNS]);

/** Attributes the collector has no column for (a newer SDK's): kept, never dropped. */
export function extensionsOf(event: Record<string, unknown>): string | null {
  const rest = Object.entries(event).filter(([key]) => !KNOWN.has(key));
  return rest.length === 0 ? null : JSON.stringify(Object.fromEntries(rest));
}
