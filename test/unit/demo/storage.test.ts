// @vitest-environment node
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type EventStore, openStore } from '../../../collector/src/sqlite/store.ts';
import { makeEvent, makeTempDir } from './fixtures.ts';

describe('openStore', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: EventStore;
  let dbPath: string;

  beforeEach(() => {
    dir = makeTempDir();
    dbPath = join(dir.path, 'events.db');
    store = openStore(dbPath);
  });

  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('uses WAL journaling', () => {
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('inserts a batch and counts the new rows', () => {
    const result = store.insertBatch([makeEvent(), makeEvent()]);
    expect(result).toEqual({ accepted: 2, duplicates: 0 });
    expect(store.count()).toBe(2);
  });

  it('stores a resent id once and reports it as a duplicate', () => {
    const first = makeEvent();
    const second = makeEvent();
    store.insertBatch([first]);
    const result = store.insertBatch([first, second]);
    expect(result).toEqual({ accepted: 1, duplicates: 1 });
    expect(store.count()).toBe(2);
  });

  it('keeps the first copy when the same id arrives with other content', () => {
    const original = makeEvent({ subject: 'original' });
    store.insertBatch([original]);
    store.insertBatch([{ ...original, subject: 'changed' }]);
    expect(store.list().map((event) => event.subject)).toEqual(['original']);
  });

  it('counts a duplicate inside one batch', () => {
    const event = makeEvent();
    expect(store.insertBatch([event, event])).toEqual({ accepted: 1, duplicates: 1 });
  });

  it('writes nothing when any row of the batch fails', () => {
    const bad = { ...makeEvent(), type: null } as unknown as ReturnType<typeof makeEvent>;
    expect(() => store.insertBatch([makeEvent(), bad])).toThrow();
    expect(store.count()).toBe(0);
  });

  it('round-trips every attribute and the data object', () => {
    const event = makeEvent({ sentat: '2026-11-22T13:05:00.000Z' });
    store.insertBatch([event], new Date('2026-11-22T14:00:00.000Z'));
    expect(store.list()).toEqual([{ ...event, receivedat: '2026-11-22T14:00:00.000Z' }]);
  });

  it('leaves absent optional attributes out instead of null', () => {
    const { subject, site, stage, quality, datacontenttype, ...bare } = makeEvent();
    store.insertBatch([bare]);
    const [stored] = store.list();
    expect(stored).not.toHaveProperty('subject');
    expect(stored).not.toHaveProperty('sentat');
    expect(stored).not.toHaveProperty('quality');
  });

  it('lists newest first by event time, not by arrival', () => {
    const old = makeEvent({ time: '2026-01-01T00:00:00.000Z' });
    const recent = makeEvent({ time: '2026-03-01T00:00:00.000Z' });
    const middle = makeEvent({ time: '2026-02-01T00:00:00.000Z' });
    store.insertBatch([old, recent]);
    store.insertBatch([middle]);
    expect(store.list().map((event) => event.id)).toEqual([recent.id, middle.id, old.id]);
  });

  it('orders times with different UTC offsets by the instant they name', () => {
    const earlier = makeEvent({ time: '2026-05-01T12:00:00+02:00' }); // 10:00Z
    const later = makeEvent({ time: '2026-05-01T11:00:00Z' });
    store.insertBatch([later, earlier]);
    expect(store.list().map((event) => event.id)).toEqual([later.id, earlier.id]);
  });

  it('filters by type', () => {
    const shown = makeEvent({ type: 'waypoint.prompt.shown' });
    const answer = makeEvent({ type: 'waypoint.answer' });
    store.insertBatch([shown, answer]);
    expect(store.list({ type: 'waypoint.prompt.shown' }).map((event) => event.id)).toEqual([
      shown.id,
    ]);
  });

  it('filters by time, including the boundary', () => {
    const before = makeEvent({ time: '2026-04-30T23:59:59.999Z' });
    const at = makeEvent({ time: '2026-05-01T00:00:00.000Z' });
    const after = makeEvent({ time: '2026-05-02T00:00:00.000Z' });
    store.insertBatch([before, at, after]);
    const ids = store.list({ since: '2026-05-01T00:00:00.000Z' }).map((event) => event.id);
    expect(ids).toEqual([after.id, at.id]);
  });

  it('combines filters and honours the limit', () => {
    const events = Array.from({ length: 5 }, (_, index) =>
      makeEvent({ time: `2026-06-0${index + 1}T00:00:00.000Z` }),
    );
    store.insertBatch([...events, makeEvent({ type: 'waypoint.prompt.dismissed' })]);
    const listed = store.list({ type: 'waypoint.answer', since: '2026-06-02T00:00:00Z', limit: 2 });
    expect(listed.map((event) => event.time)).toEqual([
      '2026-06-05T00:00:00.000Z',
      '2026-06-04T00:00:00.000Z',
    ]);
  });

  it('keeps the events after closing and reopening the file', () => {
    store.insertBatch([makeEvent()]);
    store.close();
    store = openStore(dbPath);
    expect(store.count()).toBe(1);
  });

  it('moves a database of the previous layout (keyed on id alone) over, keeping its events', () => {
    store.close();
    const oldPath = join(dir.path, 'old.db');
    const old = new Database(oldPath);
    old.exec(`CREATE TABLE events (id TEXT PRIMARY KEY, type TEXT NOT NULL, source TEXT NOT NULL,
      subject TEXT, time TEXT NOT NULL, time_ms INTEGER NOT NULL, sentat TEXT, site TEXT,
      stage TEXT, quality TEXT, datacontenttype TEXT, data TEXT NOT NULL, received_at TEXT NOT NULL);
      CREATE INDEX events_time ON events (time_ms);`);
    const event = makeEvent();
    old
      .prepare('INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?)')
      .run(
        event.id,
        event.type,
        event.source,
        event.subject,
        event.time,
        Date.parse(event.time),
        event.site,
        event.stage,
        event.quality,
        event.datacontenttype,
        JSON.stringify(event.data),
        '2026-11-22T13:00:00.000Z',
      );
    old.close();
    store = openStore(oldPath);
    expect(store.list()).toEqual([{ ...event, receivedat: '2026-11-22T13:00:00.000Z' }]);
    // The summary's columns were computed for the moved row.
    const summary = store.summarize({ from: '2026-11-22', to: '2026-11-22' });
    expect(summary.nps).toMatchObject({ promoters: 1, n: 1 });
    expect(store.insertBatch([event, { ...event, source: 'urn:other' }])).toEqual({
      accepted: 1,
      duplicates: 1,
    });
  });
});
