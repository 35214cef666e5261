/** The collector's settings, from the environment (`npm run collector`). */
export interface CollectorConfig {
  port: number;
  host: string;
  /** PostgreSQL when set; otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string;
  sqlitePath: string;
  allowedOrigins: string[];
  /** Extra host names besides loopback and the listen address. */
  allowedHosts: string[];
  readToken?: string;
  /** Requests per client address per minute; 0 turns the limit off. */
  ratePerMinute: number;
  forwardUrl?: string;
}

export type ConfigResult = { ok: true; config: CollectorConfig } | { ok: false; errors: string[] };

/**
 * Reads and checks the environment; every problem is named, none is guessed around.
 *
 * @example
 * readConfig({ PORT: '4320', ALLOWED_ORIGINS: 'https://shop.example' });
 */
export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const errors: string[] = [];
  const port = Number(env.PORT ?? 4320);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    errors.push(`PORT must be a port number (0-65535), got "${env.PORT}"`);
  }
  const ratePerMinute = Number(env.RATE_LIMIT ?? 120);
  if (!Number.isInteger(ratePerMinute) || ratePerMinute < 0) {
    errors.push(
      `RATE_LIMIT must be a whole number of requests a minute (0 = off), got "${env.RATE_LIMIT}"`,
    );
  }
  const allowedOrigins = list(env.ALLOWED_ORIGINS);
  for (const origin of allowedOrigins) {
    if (!isOrigin(origin))
      errors.push(`ALLOWED_ORIGINS: "${origin}" is not an origin such as https://shop.example`);
  }
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    errors.push('DATABASE_URL must be a postgres:// URL (unset it for the embedded SQLite)');
  }
  const forwardUrl = env.FORWARD_URL || undefined;
  if (forwardUrl && !/^https?:\/\//.test(forwardUrl)) {
    errors.push(`FORWARD_URL must be an http(s) URL, got "${forwardUrl}"`);
  }
  const readToken = env.READ_TOKEN || undefined;
  if (readToken !== undefined && readToken.length < 16) {
    errors.push('READ_TOKEN must be at least 16 characters (try: openssl rand -base64 24)');
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      port,
      host: env.HOST || '127.0.0.1',
      ...(databaseUrl ? { databaseUrl } : {}),
      sqlitePath: env.SQLITE_PATH || '.waypoint/collector.db',
      allowedOrigins,
      allowedHosts: list(env.ALLOWED_HOSTS),
      ...(readToken ? { readToken } : {}),
      ratePerMinute,
      ...(forwardUrl ? { forwardUrl } : {}),
    },
  };
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return url.origin === value && (url.protocol === 'https:' || url.protocol === 'http:');
  } catch {
    return false;
  }
}
