import type { Sql } from 'postgres';
import type { ConfigVersionInfo } from '../config-versions.ts';
import type { EventStorage } from '../storage.ts';

type Configs = Pick<EventStorage, 'publishConfig' | 'configVersions' | 'configVersion'>;
type Row = Omit<ConfigVersionInfo, 'publishedAt'> & { publishedAt: Date; config?: string };

// The first key of the per-site advisory lock; the schema's migration lock is 870402.
const PUBLISH_LOCK = 870403;

/**
 * Config publishing on PostgreSQL. Processes on one database publish through a per-site
 * transaction lock, so two publishes at once take consecutive numbers instead of one failing.
 */
export function configsOn(sql: Sql): Configs {
  return {
    async publishConfig(site, next, at = new Date()) {
      const row = await sql.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(${PUBLISH_LOCK}, hashtext(${site}))`;
        const [inserted] = await tx<Row[]>`
          INSERT INTO config_versions
            (site, version, config, author, message, published_at, schema_version)
          SELECT ${site}, COALESCE(MAX(version), 0) + 1, ${JSON.stringify(next.config)},
            ${next.author}, ${next.message}, ${at}, ${next.schemaVersion}
          FROM config_versions WHERE site = ${site}
          RETURNING site, version, author, message, published_at AS "publishedAt",
            schema_version AS "schemaVersion"`;
        return inserted as Row;
      });
      return { ...toInfo(row), config: next.config };
    },
    async configVersions(site) {
      const rows = await sql<Row[]>`SELECT ${info(sql)} FROM config_versions
        WHERE site = ${site} ORDER BY version DESC`;
      return rows.map(toInfo);
    },
    async configVersion(site, version) {
      const [row] = await sql<Row[]>`SELECT ${info(sql)}, config FROM config_versions
        WHERE site = ${site} ${version === undefined ? sql`` : sql`AND version = ${version}`}
        ORDER BY version DESC LIMIT 1`;
      return row && { ...toInfo(row), config: JSON.parse(row.config as string) };
    },
  };
}

function info(sql: Sql) {
  return sql`site, version, author, message, published_at AS "publishedAt",
    schema_version AS "schemaVersion"`;
}

function toInfo({ config: _, publishedAt, ...row }: Row): ConfigVersionInfo {
  return { ...row, publishedAt: publishedAt.toISOString() };
}
