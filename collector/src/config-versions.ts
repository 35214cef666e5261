/** What publishing stores; the number and the time are the store's to assign. */
export interface NewConfigVersion {
  /** The config document as published (already checked against the SDK's schema). */
  config: Record<string, unknown>;
  /** Who published it: a label, not an identity the collector checks. */
  author: string;
  message: string;
  /** The `waypoint-feedback` version whose schema the config passed. */
  schemaVersion: string;
}

/** One published version of a site's config, without the document (the history's rows). */
export interface ConfigVersionInfo {
  site: string;
  /** 1, 2, 3… per site; never reused, never rewritten. */
  version: number;
  author: string;
  message: string;
  /** ISO 8601, the collector's clock. */
  publishedAt: string;
  schemaVersion: string;
}

/** A published version with its document. */
export interface ConfigVersion extends ConfigVersionInfo {
  config: Record<string, unknown>;
}
