import type { Database } from 'better-sqlite3';

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
    PRIMARY KEY (source, id)
  );
  CREATE INDEX IF NOT EXISTS events_time ON events (time_ms);
  CREATE INDEX IF NOT EXISTS events_type_time ON events (type, time_ms);
  CREATE TABLE IF NOT EXISTS outbox (
    source TEXT NOT NULL,
    id TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    due_ms INTEGER NOT NULL,
    PRIMARY KEY (source, id)
  );
  CREATE INDEX IF NOT EXISTS outbox_due ON outbox (due_ms);
`;

/**
 * Creates the tables, first moving a database of the previous layout (keyed on `id` alone, no
 * `extensions`) over to this one inside one transaction, so an existing demo keeps its data.
 */
export function migrate(db: Database): void {
  const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('events')");
  const names = columns.all().map((c) => c.name);
  db.transaction(() => {
    const old = names.length > 0 && !names.includes('extensions');
    if (old) db.exec('ALTER TABLE events RENAME TO events_v1; DROP INDEX IF EXISTS events_time;');
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
  })();
}
