// The collector's HTTP API as the console uses it: every call carries the bearer token, and
// every failure comes back as a message to show, never a throw into the page.
import type { Role } from './session.ts';

/** One problem with a config, by path, as the SDK's `validateConfig` reports it. */
export interface Problem {
  path: string;
  message: string;
}

export interface VersionInfo {
  version: number;
  author: string;
  message: string;
  publishedAt: string;
  schemaVersion: string;
}

export interface Version extends VersionInfo {
  config: Record<string, unknown>;
}

export interface InstallInfo {
  site: string;
  tag: string;
  csp: string[];
  lastEventAt: string | null;
  config: VersionInfo | null;
  refusedOrigins: { origin: string; fix: string; lastRefused: string }[];
}

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; status: number; error: string; problems?: Problem[] };

async function call<T>(token: string, path: string, init: RequestInit = {}): Promise<Result<T>> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  if (init.body) headers.set('content-type', 'application/json');
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers, cache: 'no-store' });
  } catch (e) {
    return { ok: false, status: 0, error: `the collector did not answer (${String(e)})` };
  }
  const body = (await response.json().catch(() => undefined)) as
    | { error?: string; problems?: Problem[] }
    | undefined;
  if (response.ok) return { ok: true, value: body as T };
  return {
    ok: false,
    status: response.status,
    error: body?.error ?? `the collector answered ${response.status}`,
    ...(body?.problems ? { problems: body.problems } : {}),
  };
}

const site = (s: string) => `/v1/sites/${encodeURIComponent(s)}`;

/**
 * What `token` may do, asked of the collector: the history needs the admin token, and the
 * install page takes either, so a read token is told apart from a wrong one.
 */
export async function roleOf(token: string, s: string): Promise<Result<Role>> {
  const admin = await call(token, `${site(s)}/configs`);
  if (admin.ok) return { ok: true, value: 'admin' };
  if (admin.status !== 403 && admin.status !== 401) return admin;
  const read = await call(token, `${site(s)}/install`);
  if (read.ok) return { ok: true, value: 'read' };
  return admin.status === 403 && read.status !== 401 ? admin : read;
}

export const history = (token: string, s: string) =>
  call<{ versions: VersionInfo[] }>(token, `${site(s)}/configs`);

export const version = (token: string, s: string, n: number) =>
  call<Version>(token, `${site(s)}/configs/${n}`);

export const publish = (
  token: string,
  s: string,
  body: { config: unknown; message: string; author: string },
) => call<VersionInfo>(token, `${site(s)}/configs`, { method: 'POST', body: JSON.stringify(body) });

export const rollback = (token: string, s: string, n: number, author: string) =>
  call<VersionInfo>(token, `${site(s)}/configs/${n}/rollback`, {
    method: 'POST',
    body: JSON.stringify({ author }),
  });

export const install = (token: string, s: string) => call<InstallInfo>(token, `${site(s)}/install`);

/** The published config (public: it holds no secret); undefined when there is none yet. */
export async function published(s: string): Promise<Record<string, unknown> | undefined> {
  const response = await fetch(`/v1/config/${encodeURIComponent(s)}`, { cache: 'no-store' });
  return response.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
}
