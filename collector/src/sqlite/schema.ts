import type { Database } from 'better-sqlite3';
import { deriveColumns } from '../derived.ts';
import type { WireEvent } from '../event.ts';

// CloudEvents §3.1: `source` + `id` identify an event, so both make the key. `time_ms` lets
// any UTC offset sort and filter as milliseconds; the text is kept as sent. The implicit
// rowid is the storage order the export's cursor walks (one writer: rowid order is commit order).
const TABLES = `
  CREATE TABLE IF NOT EXISTS events (
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    type TEXT NOT NULL,
    subject TEXT,
    time TEXT NOT NULL,
    time_ms INTEGER NOT NULL,
    sentat TEXT,
    site TEXT,
    stage TEXT,
    quality TEXT,
    datacontenttype TEXT,
    extensions TEXT,
    data TEXT NOT NULL,
    received_at TEXT NOT NULL,
    question_type TEXT,
    value_num INTEGER,
    score REAL,
    texted INTEGER NOT NULL DEFAULT 0,
    response_id TEXT,
    survey TEXT,
    survey_step INTEGER,
    survey_steps INTEGER,
    response_complete INTEGER,
    PRIMARY KEY (source, id)
  );
  -- Covers every summary aggregate, so summarising reads this index, not the events' JSON;
  -- it leads with time_ms, so it also serves every time filter (one index less to write).
  -- (_v2: survey_step joined it for the response rate; migrate drops the first one.)
  CREATE INDEX IF NOT EXISTS events_summary_v2
    ON events (time_ms, type, site, stage, quality, question_type, value_num, score, texted,
      survey_step);
  CREATE INDEX IF NOT EXISTS events_type_time ON events (type, time_ms);
  -- The survey funnel's covering index, of survey steps only (most events are not).
  CREATE INDEX IF NOT EXISTS events_survey
    ON events (time_ms, survey, response_id, type, survey_step, survey_steps, response_complete,
      site, stage)
    WHERE survey IS NOT NULL;
  CREATE TABLE IF NOT EXISTS outbox (
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_ms INTEGER NOT NULL,
    PRIMARY KEY (source, id)
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (due_ms);
  -- The endpoint checker's events: only their keys, to acknowledge a resent one (probes.ts).
  CREATE TABLE IF NOT EXISTS probes (
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (source, id)
  );
`;

// Columns added after the first layouts; filled from each row's JSON by `backfill`.
const DERIVED = [
  'question_type TEXT',
  'value_num INTEGER',
  'score REAL',
  'texted INTEGER NOT NULL DEFAULT 0',
  'response_id TEXT',
  'survey TEXT',
  'survey_step INTEGER',
  'survey_steps INTEGER',
  'response_complete INTEGER',
];

/**
 * Creates the tables, first moving a database of an earlier layout (keyed on `id` alone, or
 * without the summary's columns) over to this one inside one transaction, so an existing demo
 * keeps its data.
 */
export function migrate(db: Database): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')");
  const names = columns.all().map((c) => c.name);
  const missing = DERIVED.filter((column) => !names.includes(column.split(' ')[0] as string));
  db.transaction(() => {
    if (names.includes('extensions')) {
      for (const column of missing) db.exec(`ALTER TABLE events ADD COLUMN ${column}`);
    }
    db.exec('DROP INDEX IF EXISTS events_time');
    db.exec('DROP INDEX IF EXISTS events_summary');
    const old = names.length > 0 && !names.includes('extensions');
    if (old) db.exec('ALTER TABLE events RENAME TO events_v1');
    if (old) db.exec('DROP INDEX IF EXISTS events_type_time;');
    db.exec(TABLES);
    if (old) {
      db.exec(`INSERT OR IGNORE INTO events
        (source, id, type, subject, time, time_ms, sentat, site, stage, quality,
         datacontenttype, data, received_at)
        SELECT source, id, type, subject, time, time_ms, sentat, site, stage, quality,
          datacontenttype, data, received_at FROM events_v1 ORDER BY rowid;
        DROP TABLE events_v1;`);
    }
    if (names.length > 0 && missing.length > 0) backfill(db);
  })();
}

/** Computes the summary's columns of rows stored before they existed. */
function backfill(db: Database): void {
  const rows = db.prepare<[], { rowid: number; type: string; data: string }>(
    'SELECT rowid, type, data FROM events',
  );
  const update = db.prepare(`UPDATE events SET question_type = @question_type,
    value_num = @value_num, score = @score, texted = @texted, response_id = @response_id,
    survey = @survey, survey_step = @survey_step, survey_steps = @survey_steps,
    response_complete = @response_complete WHERE rowid = @rowid`);
  for (const row of rows.all()) {
    const event = { type: row.type, data: JSON.parse(row.data) } as WireEvent;
    update.run({ ...deriveColumns(event), rowid: row.rowid });
  }
}
