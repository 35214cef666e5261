import Database from 'better-sqlite3';
import type { StoredEvent, WireEvent } from './event.ts';
import { prepareSummary, type Summary, type SummaryQuery } from './summary.ts';

/** How one batch landed: `accepted` rows are new, `duplicates` were already stored. */
export interface InsertResult {
  accepted: number;
  duplicates: number;
}

/** Filters for {@link EventStore.list}; `since` is an ISO 8601 time (inclusive). */
export interface ListQuery {
  type?: string;
  since?: string;
  limit?: number;
}

/** The collector's storage: each event id is stored once, whatever the number of sends. */
export interface EventStore {
  insertBatch(events: readonly WireEvent[], receivedAt?: Date): InsertResult;
  list(query?: ListQuery): StoredEvent[];
  /** The dashboard's aggregates for a date range (see `summary.ts`). */
  summarize(query: SummaryQuery): Summary;
  count(): number;
  close(): void;
}

interface EventRow {
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
  data: string;
  received_at: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    source TEXT NOT NULL,
    subject TEXT,
    time TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    sentat TEXT,
    site TEXT,
    stage TEXT,
    quality TEXT,
    datacontenttype TEXT,
    data TEXT NOT NULL,
    received_at TEXT NOT NULL
  );
  CREATE INDEX IF NOT EXISTS events_time ON events (time_ms);
  CREATE INDEX IF NOT EXISTS events_type_time ON events (type, time_ms);
`;

/**
 * Opens (or creates) the collector's SQLite database.
 *
 * @example
 * const store = openStore('.demo-data/waypoint.db');
 * store.insertBatch(events); // → { accepted: 2, duplicates: 0 }
 * store.list({ type: 'waypoint.answer', limit: 10 });
 */
export function openStore(path: string): EventStore {
  const db = new Database(path);
  // WAL lets the dashboard read while a batch is being written; synchronous stays FULL (the
  // default) so a committed batch survives a power cut before we answer 2xx.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  // Not INSERT OR IGNORE: that would also skip a row breaking NOT NULL and count it as a
  // duplicate, acking an event that was never stored. Only a known id is ignored.
  const insert = db.prepare<[Record<string, string | number | null>]>(`
    INSERT INTO events
      (id, type, source, subject, time, time_ms, sentat, site, stage, quality,
       datacontenttype, data, received_at)
    VALUES
      (@id, @type, @source, @subject, @time, @time_ms, @sentat, @site, @stage, @quality,
       @datacontenttype, @data, @received_at)
    ON CONFLICT (id) DO NOTHING
  `);
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');
  const summarize = prepareSummary(db);

  const insertAll = db.transaction((events: readonly WireEvent[], receivedAt: string) => {
    let accepted = 0;
    for (const event of events) {
      accepted += insert.run({
        id: event.id,
        type: event.type,
        source: event.source,
        subject: event.subject ?? null,
        time: event.time,
        // Times may carry any UTC offset: sort and filter on milliseconds, keep the text as sent.
        time_ms: Date.parse(event.time),
        sentat: event.sentat ?? null,
        site: event.site ?? null,
        stage: event.stage ?? null,
        quality: event.quality ?? null,
        datacontenttype: event.datacontenttype ?? null,
        data: JSON.stringify(event.data),
        received_at: receivedAt,
      }).changes;
    }
    return { accepted, duplicates: events.length - accepted };
  });

  return {
    insertBatch(events, receivedAt = new Date()) {
      return insertAll(events, receivedAt.toISOString());
    },
    list(query = {}) {
      const where: string[] = [];
      const params: Record<string, string | number> = {};
      if (query.type !== undefined) {
        where.push('type = @type');
        params.type = query.type;
      }
      if (query.since !== undefined) {
        where.push('time_ms >= @since');
        params.since = Date.parse(query.since);
      }
      params.limit = query.limit ?? 100;
      const sql = `SELECT * FROM events ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY time_ms DESC, received_at DESC, id DESC LIMIT @limit`;
      return db.prepare<[typeof params], EventRow>(sql).all(params).map(toStoredEvent);
    },
    summarize,
    count() {
      return countAll.get()?.n ?? 0;
    },
    close() {
      db.close();
    },
  };
}

function toStoredEvent(row: EventRow): StoredEvent {
  const event: StoredEvent = {
    specversion: '1.0',
    id: row.id,
    source: row.source,
    type: row.type,
    time: row.time,
    data: JSON.parse(row.data) as Record<string, unknown>,
    receivedat: row.received_at,
  };
  // Absent attributes stay absent rather than null, as CloudEvents expects.
  if (row.subject !== null) event.subject = row.subject;
  if (row.datacontenttype !== null) event.datacontenttype = row.datacontenttype;
  if (row.sentat !== null) event.sentat = row.sentat;
  if (row.site !== null) event.site = row.site;
  if (row.stage !== null) event.stage = row.stage;
  if (row.quality !== null) event.quality = row.quality;
  return event;
}
