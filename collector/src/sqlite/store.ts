import Database from 'better-sqlite3';
import type { CellAnswers, CellQuery } from '../cell-answers.ts';
import type { StoredEvent, WireEvent } from '../event.ts';
import { type ExportPage, type ExportQuery, filterSql } from '../export-query.ts';
import { splitProbes } from '../probes.ts';
import type { InsertResult, OutboxItem, SiteSeen, StorageOptions } from '../storage.ts';
import { type EventRow, toColumns, toStoredEvent } from '../stored-event.ts';
import type { Summary, SummaryQuery } from '../summary.ts';
import type { WordsSummary } from '../words-summary.ts';
import { prepareCellAnswers } from './cell-answers.ts';
import { type ConfigStore, prepareConfigs } from './configs.ts';
import { migrate } from './schema.ts';
import { prepareSummary } from './summary.ts';

/** Filters for {@link EventStore.list}: the export's, newest event `time` first. */
export type ListQuery = Omit<ExportQuery, 'after'>;

/**
 * The SQLite store, synchronous (better-sqlite3): tests and the demo read it directly
 * (`demo.store.list()`), and `sqliteStorage()` wraps it in the async {@link EventStorage}.
 */
export interface EventStore extends ConfigStore {
  insertBatch(events: readonly WireEvent[], receivedAt?: Date): InsertResult;
  list(query?: ListQuery): StoredEvent[];
  /** Newest stored first (rowid), after the cursor; see `EventStorage.exportPage`. */
  page(query: ExportQuery): ExportPage;
  /** The dashboard's aggregates for a date range (see `summary.ts`). */
  summarize(query: SummaryQuery): Summary;
  /** One cell's answers and words (see `cell-answers.ts`). */
  cellAnswers(query: CellQuery): CellAnswers;
  /** Each quality's most used terms (see `words-summary.ts`). */
  words(query: SummaryQuery): WordsSummary;
  count(): number;
  sites(): SiteSeen[];
  claimOutbox(limit: number, leaseMs: number, now?: Date): OutboxItem[];
  settleOutbox(item: OutboxItem, retryAt?: Date): void;
  close(): void;
}

type PagedRow = EventRow & { seq: number };
type OutboxRow = PagedRow & { attempts: number };

/**
 * Opens (or creates) the collector's SQLite database.
 *
 * @example
 * const store = openStore('.demo-data/waypoint.db');
 * store.insertBatch(events); // → { accepted: 2, duplicates: 0 }
 * store.list({ type: 'waypoint.answer', limit: 10 });
 */
export function openStore(path: string, options: StorageOptions = {}): EventStore {
  const db = new Database(path);
  // WAL lets the dashboard read while a batch is being written; synchronous stays FULL (the
  // default) so a committed batch survives a power cut before we answer 2xx.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  migrate(db);

  // Not INSERT OR IGNORE: that would also skip a row breaking NOT NULL and count it as a
  // duplicate, acking an event that was never stored. Only a known source + id is ignored.
  const insert = db.prepare<[Record<string, string | number | null>]>(`
    INSERT INTO events
      (source, id, type, subject, time, time_ms, sentat, site, stage, quality,
       datacontenttype, extensions, data, received_at, question_type, value_num, score, texted,
       response_id, survey, survey_step, survey_steps, response_complete)
    VALUES
      (@source, @id, @type, @subject, @time, @time_ms, @sentat, @site, @stage, @quality,
       @datacontenttype, @extensions, @data, @received_at, @question_type, @value_num, @score,
       @texted, @response_id, @survey, @survey_step, @survey_steps, @response_complete)
    ON CONFLICT (source, id) DO NOTHING
  `);
  const enqueue = db.prepare('INSERT INTO outbox (source, id, due_ms) VALUES (?, ?, ?)');
  const insertProbe = db.prepare(
    'INSERT INTO probes (source, id, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
  );
  const countAll = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM events');
  const selectSites = db.prepare<[], SiteSeen>(`SELECT site, MAX(received_at) AS lastReceived
    FROM events WHERE site IS NOT NULL GROUP BY site ORDER BY site`);
  const summarize = prepareSummary(db);
  const answers = prepareCellAnswers(db);
  const configs = prepareConfigs(db);

  const insertAll = db.transaction((events: readonly WireEvent[], receivedAt: Date) => {
    let accepted = 0;
    const { real, probes } = splitProbes(events);
    for (const event of probes) {
      accepted += insertProbe.run(event.source, event.id, receivedAt.toISOString()).changes;
    }
    for (const event of real) {
      const added = insert.run(toRow(event, receivedAt.toISOString())).changes;
      if (added > 0 && options.outbox) enqueue.run(event.source, event.id, receivedAt.getTime());
      accepted += added;
    }
    return { accepted, duplicates: events.length - accepted };
  });

  function select(query: ExportQuery, order: string): PagedRow[] {
    const params: unknown[] = [];
    const where = filterSql(query, (value) => {
      params.push(value);
      return '?';
    });
    if (query.after !== undefined) {
      where.push('rowid < ?');
      params.push(Number(query.after.seq));
    }
    params.push(query.limit ?? 100);
    const sql = `SELECT rowid AS seq, * FROM events
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ?`;
    return db.prepare<unknown[], PagedRow>(sql).all(...params);
  }

  const claim = db.transaction((limit: number, leaseMs: number, now: number) => {
    const rows = db
      .prepare<[number, number], OutboxRow>(`SELECT e.rowid AS seq, e.*, o.attempts FROM outbox o
        JOIN events e USING (source, id) WHERE o.due_ms <= ? ORDER BY o.due_ms LIMIT ?`)
      .all(now, limit);
    const lease = db.prepare('UPDATE outbox SET due_ms = ? WHERE source = ? AND id = ?');
    for (const row of rows) lease.run(now + leaseMs, row.source, row.id);
    return rows.map((row) => ({ event: toStoredEvent(row), attempts: row.attempts }));
  });

  return {
    insertBatch: (events, receivedAt = new Date()) => insertAll(events, receivedAt),
    list: (query = {}) =>
      select(query, 'time_ms DESC, received_at DESC, rowid DESC').map(toStoredEvent),
    page(query) {
      const rows = select(query, 'rowid DESC');
      const last = rows.at(-1);
      const full = last !== undefined && rows.length === (query.limit ?? 100);
      return {
        events: rows.map(toStoredEvent),
        ...(full ? { next: { tx: '0', seq: String(last.seq) } } : {}),
      };
    },
    summarize,
    cellAnswers: answers.cell,
    words: answers.words,
    count: () => countAll.get()?.n ?? 0,
    sites: () => selectSites.all(),
    claimOutbox: (limit, leaseMs, now = new Date()) => claim(limit, leaseMs, now.getTime()),
    settleOutbox({ event, attempts }, retryAt) {
      if (retryAt === undefined) {
        db.prepare('DELETE FROM outbox WHERE source = ? AND id = ?').run(event.source, event.id);
        return;
      }
      db.prepare('UPDATE outbox SET attempts = ?, due_ms = ? WHERE source = ? AND id = ?').run(
        attempts + 1,
        retryAt.getTime(),
        event.source,
        event.id,
      );
    },
    ...configs,
    close: () => db.close(),
  };
}

function toRow(event: WireEvent, receivedAt: string): Record<string, string | number | null> {
  const { extensions, data, ...columns } = toColumns(event);
  return {
    ...columns,
    extensions: extensions === null ? null : JSON.stringify(extensions),
    data: JSON.stringify(data),
    received_at: receivedAt,
  };
}
