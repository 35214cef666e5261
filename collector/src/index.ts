// The package's public entry: start the collector, or mount its app in a server of your own.
export { createCollectorApp } from './app.ts';
export type { StoredEvent, WireEvent } from './event.ts';
export { staticFiles } from './http/static-files.ts';
export type { OriginAllowList } from './middleware/cors.ts';
export type { RateLimitOptions } from './middleware/rate-limit.ts';
export { type CollectorOptions, EVENTS_PATH } from './options.ts';
export { openPostgres } from './postgres/store.ts';
export { sqliteStorage } from './sqlite/storage.ts';
export { type EventStore, openStore } from './sqlite/store.ts';
export { type RunningCollector, type StartOptions, startCollector } from './start.ts';
export type { EventStorage, InsertResult } from './storage.ts';
