import postgres, { type JSONValue, type Sql } from 'postgres';
import type { WireEvent } from '../event.ts';
import { type ExportQuery, filterSql } from '../export-query.ts';
import { splitProbes } from '../probes.ts';
import type { EventStorage, OutboxItem, StorageOptions } from '../storage.ts';
import { type EventRow, toColumns, toStoredEvent } from '../stored-event.ts';
import { cellAnswersOn, wordsOn } from './cell-answers.ts';
import { configsOn } from './configs.ts';
import { migrate } from './schema.ts';
import { summarizeOn } from './summary.ts';

type PagedRow = EventRow & { seq: string; tx: string };

/**
 * Opens the PostgreSQL storage at `url` (`DATABASE_URL`) and creates its tables. Stateless:
 * any number of collector processes may share one database, each id is stored once.
 *
 * @example
 * const storage = await openPostgres('postgres://waypoint@db:5432/waypoint');
 */
export async function openPostgres(
  url: string,
  options: StorageOptions & { max?: number } = {},
): Promise<EventStorage> {
  // bigint columns come back as text unless told; counts are cast to int in the SQL.
  const sql = postgres(url, { max: options.max ?? 10, onnotice: () => {} });
  try {
    await migrate(sql);
  } catch (error) {
    await sql.end({ timeout: 1 });
    throw error;
  }

  return {
    kind: 'postgres',
    async insertBatch(events, receivedAt = new Date()) {
      if (events.length === 0) return { accepted: 0, duplicates: 0 };
      const { real, probes } = splitProbes(events);
      const rows = real.map((event) => toRow(sql, event, receivedAt));
      // One transaction: the batch is all stored or not at all, and the promise resolves
      // only after COMMIT returned, so the 2xx that follows means stored.
      const accepted = await sql.begin(async (tx) => {
        let added = 0;
        if (probes.length > 0) {
          const keys = probes.map(({ source, id }) => ({ source, id, received_at: receivedAt }));
          added += (await tx`INSERT INTO probes ${tx(keys)} ON CONFLICT DO NOTHING`).count;
        }
        if (rows.length === 0) return added;
        const inserted = await tx<{ source: string; id: string }[]>`
          INSERT INTO events ${tx(rows)} ON CONFLICT (source, id) DO NOTHING
          RETURNING source, id`;
        if (options.outbox && inserted.length > 0) {
          const due = receivedAt.getTime();
          await tx`INSERT INTO outbox ${tx(inserted.map((r) => ({ ...r, due_ms: due })))}`;
        }
        return added + inserted.length;
      });
      return { accepted, duplicates: events.length - accepted };
    },
    async exportPage(query) {
      const limit = query.limit ?? 100;
      const rows = await selectPage(sql, query, limit);
      const last = rows.at(-1);
      return {
        events: rows.map(toStoredEvent),
        ...(last && rows.length === limit ? { next: { tx: last.tx, seq: last.seq } } : {}),
      };
    },
    summarize: (query) => summarizeOn(sql, query),
    cellAnswers: (query) => cellAnswersOn(sql, query),
    words: (query) => wordsOn(sql, query),
    async count() {
      const [row] = await sql<{ n: number }[]>`SELECT COUNT(*)::int AS n FROM events`;
      return row?.n ?? 0;
    },
    async sites() {
      const rows = await sql<{ site: string; last: Date }[]>`
        SELECT site, MAX(received_at) AS last FROM events WHERE site IS NOT NULL
        GROUP BY site ORDER BY site`;
      return rows.map((row) => ({ site: row.site, lastReceived: row.last.toISOString() }));
    },
    async claimOutbox(limit, leaseMs, now = new Date()) {
      // SKIP LOCKED: two relays claiming at once take different items instead of waiting.
      const rows = await sql<(PagedRow & { attempts: number })[]>`
        WITH due AS (
          SELECT source, id FROM outbox WHERE due_ms <= ${now.getTime()}
          ORDER BY due_ms LIMIT ${limit} FOR UPDATE SKIP LOCKED
        ), leased AS (
          UPDATE outbox o SET due_ms = ${now.getTime() + leaseMs}
          FROM due WHERE o.source = due.source AND o.id = due.id
          RETURNING o.source, o.id, o.attempts
        )
        SELECT e.*, leased.attempts FROM leased JOIN events e USING (source, id)`;
      return rows.map((row): OutboxItem => ({ event: toStoredEvent(row), attempts: row.attempts }));
    },
    async settleOutbox({ event, attempts }, retryAt) {
      if (retryAt === undefined) {
        await sql`DELETE FROM outbox WHERE source = ${event.source} AND id = ${event.id}`;
        return;
      }
      await sql`UPDATE outbox SET attempts = ${attempts + 1}, due_ms = ${retryAt.getTime()}
        WHERE source = ${event.source} AND id = ${event.id}`;
    },
    ...configsOn(sql),
    close: () => sql.end({ timeout: 5 }),
  };
}

function selectPage(sql: Sql, query: ExportQuery, limit: number): Promise<PagedRow[]> {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = filterSql(query, param);
  // Only transactions older than every running one: their rows can no longer appear behind
  // the cursor, so paging never skips a row that commits late.
  where.push('tx < pg_snapshot_xmin(pg_current_snapshot())');
  if (query.after !== undefined) {
    where.push(`(tx, seq) < (${param(query.after.tx)}::xid8, ${param(query.after.seq)}::bigint)`);
  }
  // bigint and xid8 come back as text, which is what a cursor holds.
  const text = `SELECT * FROM events
    WHERE ${where.join(' AND ')} ORDER BY tx DESC, seq DESC LIMIT ${param(limit)}`;
  return sql.unsafe<PagedRow[]>(text, params as never[]);
}

function toRow(sql: Sql, event: WireEvent, receivedAt: Date) {
  const { extensions, data, ...columns } = toColumns(event);
  return {
    ...columns,
    extensions: extensions === null ? null : sql.json(extensions as JSONValue),
    data: sql.json(data as JSONValue),
    received_at: receivedAt,
  };
}
