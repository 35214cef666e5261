import type { CellAnswers, CellQuery } from './cell-answers.ts';
import type { ConfigVersion, ConfigVersionInfo, NewConfigVersion } from './config-versions.ts';
import type { StoredEvent, WireEvent } from './event.ts';
import type { ExportPage, ExportQuery } from './export-query.ts';
import type { Summary, SummaryQuery } from './summary.ts';
import type { WordsSummary } from './words-summary.ts';

/** How one batch landed: `accepted` rows are new, `duplicates` were already stored. */
export interface InsertResult {
  accepted: number;
  duplicates: number;
}

/** A site the collector has stored events from, and when it last received one. */
export interface SiteSeen {
  site: string;
  /** ISO 8601, the collector's clock. */
  lastReceived: string;
}

/** A stored event waiting to be relayed to the `FORWARD_URL` sink. */
export interface OutboxItem {
  event: StoredEvent;
  /** Failed relays so far (drives the backoff). */
  attempts: number;
}

/**
 * The collector's storage, one interface for SQLite and PostgreSQL (both pass one test suite,
 * `collector/test/storage.suite.ts`). Each event (`source` + `id`, CloudEvents §3.1) is stored
 * once; `insertBatch` resolves only after its transaction committed, so a 2xx means stored.
 */
export interface EventStorage {
  readonly kind: 'sqlite' | 'postgres';
  insertBatch(events: readonly WireEvent[], receivedAt?: Date): Promise<InsertResult>;
  /** Newest stored first, with a cursor that never skips or repeats under concurrent inserts. */
  exportPage(query: ExportQuery): Promise<ExportPage>;
  summarize(query: SummaryQuery): Promise<Summary>;
  /** One heatmap cell's (or quality's) answers and latest words (`cell-answers.ts`). */
  cellAnswers(query: CellQuery): Promise<CellAnswers>;
  /** Each quality's most used terms in its written answers (`words-summary.ts`). */
  words(query: SummaryQuery): Promise<WordsSummary>;
  count(): Promise<number>;
  /** Every site with stored events, by name (the dashboard's site filter and title). */
  sites(): Promise<SiteSeen[]>;
  /**
   * Leases up to `limit` outbox items that are due, for `leaseMs`: another process claiming at
   * the same time gets other items, and a relay that dies lets its lease run out.
   */
  claimOutbox(limit: number, leaseMs: number, now?: Date): Promise<OutboxItem[]>;
  /** Delivered: removed from the outbox. Not delivered: due again at `retryAt`. */
  settleOutbox(item: OutboxItem, retryAt?: Date): Promise<void>;
  /**
   * Stores the site's next config version (the number after its newest, also when two publish
   * at once) and returns it. History only grows: nothing rewrites or removes a version.
   */
  publishConfig(site: string, next: NewConfigVersion, at?: Date): Promise<ConfigVersion>;
  /** The site's versions, newest first, without their documents. */
  configVersions(site: string): Promise<ConfigVersionInfo[]>;
  /** One version, or the newest when `version` is omitted; undefined when there is none. */
  configVersion(site: string, version?: number): Promise<ConfigVersion | undefined>;
  close(): Promise<void>;
}

/** What {@link EventStorage} implementations take: whether new events enter the outbox. */
export interface StorageOptions {
  /** True when a `FORWARD_URL` relay will drain the outbox; otherwise nothing is queued. */
  outbox?: boolean;
}
