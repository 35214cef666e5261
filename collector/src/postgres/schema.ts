import type { Sql, TransactionSql } from 'postgres';
import { deriveColumns } from '../derived.ts';
import type { WireEvent } from '../event.ts';

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
    response_id text,
    survey text,
    survey_step integer,
    survey_steps integer,
    response_complete smallint,
    PRIMARY KEY (source, id)
  )`,
  'CREATE INDEX IF NOT EXISTS events_type_time ON events (type, time_ms)',
  'CREATE INDEX IF NOT EXISTS events_order ON events (tx, seq)',
  // Covers every summary aggregate (derived.ts), so summarising need not read the JSON; it
  // leads with time_ms, so it serves every time filter too.
  // (_v2: survey_step joined it for the response rate; the first one is dropped.)
  'DROP INDEX IF EXISTS events_summary',
  `CREATE INDEX IF NOT EXISTS events_summary_v2
    ON events (time_ms, type, site, stage, quality, question_type, value_num, score, texted,
      survey_step)`,
  // The survey funnel's covering index, of survey steps only (most events are not).
  `CREATE INDEX IF NOT EXISTS events_survey
    ON events (time_ms, survey, response_id, type, survey_step, survey_steps, response_complete,
      site, stage)
    WHERE survey IS NOT NULL`,
  `CREATE TABLE IF NOT EXISTS outbox (
    source text NOT NULL,
    id text NOT NULL,
    attempts integer NOT NULL DEFAULT 0,
    due_ms bigint NOT NULL,
    PRIMARY KEY (source, id)
  )`,
  'CREATE INDEX IF NOT EXISTS outbox_due ON outbox (due_ms)',
  // The endpoint checker's events: only their keys, to acknowledge a resent one (probes.ts).
  `CREATE TABLE IF NOT EXISTS probes (
    source text NOT NULL,
    id text NOT NULL,
    received_at timestamptz NOT NULL,
    PRIMARY KEY (source, id)
  )`,
];

/**
 * Creates the tables once per database. Several collectors may start together: an advisory
 * lock makes the second wait instead of racing the first's CREATE (which can fail on the
 * catalog's unique index even with IF NOT EXISTS).
 */
export async function migrate(sql: Sql): Promise<void> {
  await sql.begin(async (tx) => {
    await tx`SELECT pg_advisory_xact_lock(870402)`;
    const [before] = await tx<{ events: boolean; survey: boolean }[]>`
      SELECT to_regclass('events') IS NOT NULL AS events,
        EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema()
          AND table_name = 'events' AND column_name = 'survey') AS survey`;
    // Only on an upgrade: ALTER TABLE locks the table even when it has nothing to add.
    if (before?.events && !before.survey) await addSurveyColumns(tx);
    for (const statement of STATEMENTS) await tx.unsafe(statement);
  });
}

/** Adds the survey columns to a table of the layout before them, and fills them in. */
async function addSurveyColumns(tx: TransactionSql): Promise<void> {
  await tx`ALTER TABLE events ADD COLUMN response_id text, ADD COLUMN survey text,
    ADD COLUMN survey_step integer, ADD COLUMN survey_steps integer,
    ADD COLUMN response_complete smallint`;
  const rows = await tx<{ source: string; id: string; type: string; data: WireEvent['data'] }[]>`
    SELECT source, id, type, data FROM events WHERE data ? 'response'`;
  for (const row of rows) {
    const d = deriveColumns({ type: row.type, data: row.data } as WireEvent);
    await tx`UPDATE events SET response_id = ${d.response_id}, survey = ${d.survey},
      survey_step = ${d.survey_step}, survey_steps = ${d.survey_steps},
      response_complete = ${d.response_complete}
      WHERE source = ${row.source} AND id = ${row.id}`;
  }
}
