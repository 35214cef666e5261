import type { Sql } from 'postgres';

// `tx` (the inserting transaction's id) with `seq` is the export's storage order: a bigserial
// alone is not commit order (two transactions can commit their numbers out of order), so the
// export only reads rows whose transaction is older than every one still running (`xmin`).
const STATEMENTS = [
  `CREATE TABLE IF NOT EXISTS events (
    source text NOT NULL,
    id text NOT NULL,
    seq bigserial NOT NULL,
    tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
    type text NOT NULL,
    subject text,
    time text NOT NULL,
    time_ms bigint NOT NULL,
    sentat text,
    site text,
    stage text,
    quality text,
    datacontenttype text,
    extensions jsonb,
    data jsonb NOT NULL,
    received_at timestamptz NOT NULL,
    question_type text,
    value_num double precision,
    score double precision,
    texted smallint NOT NULL DEFAULT 0,
    PRIMARY KEY (source, id)
  )`,
  'CREATE INDEX IF NOT EXISTS events_type_time ON events (type, time_ms)',
  'CREATE INDEX IF NOT EXISTS events_order ON events (tx, seq)',
  // Covers every summary aggregate (derived.ts), so summarising need not read the JSON; it
  // leads with time_ms, so it serves every time filter too.
  `CREATE INDEX IF NOT EXISTS events_summary
    ON events (time_ms, type, site, stage, quality, question_type, value_num, score, texted)`,
  `CREATE TABLE IF NOT EXISTS outbox (
    source text NOT NULL,
    id text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    due_ms bigint NOT NULL,
    PRIMARY KEY (source, id)
  )`,
  'CREATE INDEX IF NOT EXISTS outbox_due ON outbox (due_ms)',
];

/**
 * Creates the tables once per database. Several collectors may start together: an advisory
 * lock makes the second wait instead of racing the first's CREATE (which can fail on the
 * catalog's unique index even with IF NOT EXISTS).
 */
export async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(870402)`;
    for (const statement of STATEMENTS) await tx.unsafe(statement);
  });
}
