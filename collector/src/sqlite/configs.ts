import type { Database } from 'better-sqlite3';
import type { ConfigVersion, ConfigVersionInfo, NewConfigVersion } from '../config-versions.ts';

/** The SQLite side of config publishing, synchronous like the rest of the store. */
export interface ConfigStore {
  publishConfig(site: string, next: NewConfigVersion, at?: Date): ConfigVersion;
  configVersions(site: string): ConfigVersionInfo[];
  configVersion(site: string, version?: number): ConfigVersion | undefined;
}

const INFO = `site, version, author, message, published_at AS publishedAt,
  schema_version AS schemaVersion`;

type Row = ConfigVersionInfo & { config: string };

/**
 * Prepares the config statements on the collector's database. One writer and one
 * transaction per publish, so two publishes never take the same number.
 */
export function prepareConfigs(db: Database): ConfigStore {
  const newest = db.prepare<[string], { n: number | null }>(
    'SELECT MAX(version) AS n FROM config_versions WHERE site = ?',
  );
  const insert = db.prepare(`INSERT INTO config_versions
    (site, version, config, author, message, published_at, schema_version)
    VALUES (@site, @version, @config, @author, @message, @publishedAt, @schemaVersion)`);
  const list = db.prepare<[string], ConfigVersionInfo>(
    `SELECT ${INFO} FROM config_versions WHERE site = ? ORDER BY version DESC`,
  );
  const one = db.prepare<[string, number], Row>(
    `SELECT ${INFO}, config FROM config_versions WHERE site = ? AND version = ?`,
  );
  const latest = db.prepare<[string], Row>(
    `SELECT ${INFO}, config FROM config_versions WHERE site = ? ORDER BY version DESC LIMIT 1`,
  );
  const publish = db.transaction((site: string, next: NewConfigVersion, at: Date) => {
    const version = (newest.get(site)?.n ?? 0) + 1;
    const row = {
      site,
      version,
      author: next.author,
      message: next.message,
      publishedAt: at.toISOString(),
      schemaVersion: next.schemaVersion,
    };
    insert.run({ ...row, config: JSON.stringify(next.config) });
    return { ...row, config: next.config };
  });
  const parse = (row: Row | undefined): ConfigVersion | undefined =>
    row && { ...row, config: JSON.parse(row.config) };
  return {
    publishConfig: (site, next, at = new Date()) => publish(site, next, at),
    configVersions: (site) => list.all(site),
    configVersion: (site, version) =>
      parse(version === undefined ? latest.get(site) : one.get(site, version)),
  };
}
