import type { EventStorage } from '../storage.ts';
import type { EventStore } from './store.ts';

/**
 * The SQLite store behind the async {@link EventStorage} the HTTP layer uses. better-sqlite3
 * is synchronous, so each call has finished (and committed) before its promise resolves; a
 * throw becomes a rejection.
 *
 * @example
 * const storage = sqliteStorage(openStore('.demo-data/waypoint.db'));
 */
export function sqliteStorage(store: EventStore): EventStorage {
  const run = <T>(work: () => T): Promise<T> => {
    try {
      return Promise.resolve(work());
    } catch (error) {
      return Promise.reject(error);
    }
  };
  return {
    kind: 'sqlite',
    insertBatch: (events, receivedAt) => run(() => store.insertBatch(events, receivedAt)),
    exportPage: (query) => run(() => store.page(query)),
    summarize: (query) => run(() => store.summarize(query)),
    cellAnswers: (query) => run(() => store.cellAnswers(query)),
    words: (query) => run(() => store.words(query)),
    count: () => run(() => store.count()),
    sites: () => run(() => store.sites()),
    claimOutbox: (limit, leaseMs, now) => run(() => store.claimOutbox(limit, leaseMs, now)),
    settleOutbox: (item, retryAt) => run(() => store.settleOutbox(item, retryAt)),
    publishConfig: (site, next, at) => run(() => store.publishConfig(site, next, at)),
    configVersions: (site) => run(() => store.configVersions(site)),
    configVersion: (site, version) => run(() => store.configVersion(site, version)),
    close: () => run(() => store.close()),
  };
}
