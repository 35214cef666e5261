import { type DerivedColumns, deriveColumns } from './derived.ts';
import type { StoredEvent, WireEvent } from './event.ts';

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

/** The columns both stores write for an event; each store encodes `data` and `extensions`. */
export interface EventColumns extends DerivedColumns {
  source: string;
  id: string;
  type: string;
  subject: string | null;
  time: string;
  /** Times may carry any UTC offset: sort and filter on milliseconds, keep the text as sent. */
  time_ms: number;
  sentat: string | null;
  site: string | null;
  stage: string | null;
  quality: string | null;
  datacontenttype: string | null;
  /** Attributes the collector has no column for (a newer SDK's): kept, never dropped. */
  extensions: Record<string, unknown> | null;
  data: Record<string, unknown>;
}

/** An event as the row both stores insert (before their own JSON encoding). */
export function toColumns(event: WireEvent): EventColumns {
  const rest = Object.entries(event).filter(([key]) => !KNOWN.has(key));
  return {
    source: event.source,
    id: event.id,
    type: event.type,
    subject: event.subject ?? null,
    time: event.time,
    time_ms: Date.parse(event.time),
    sentat: event.sentat ?? null,
    site: event.site ?? null,
    stage: event.stage ?? null,
    quality: event.quality ?? null,
    datacontenttype: event.datacontenttype ?? null,
    extensions: rest.length === 0 ? null : Object.fromEntries(rest),
    data: event.data,
    ...deriveColumns(event),
  };
}
