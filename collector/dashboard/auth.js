// @ts-check (checked by collector/test/dashboard-types.test.ts with collector/dashboard/tsconfig.json)
// The read token: reads are private (GET /v1/events, /v1/summary, /v1/model need
// `Authorization: Bearer`). It arrives in the URL fragment printed by `npm run demo` (a
// fragment never reaches a server log or a Referer) or through the sign-in form, and is kept
// in sessionStorage: this tab only, gone when it closes.

const KEY = 'waypoint-read-token';

/** Thrown by {@link api} when the token is missing or refused: show the sign-in form. */
export class SignInNeeded extends Error {}

/** Moves a `#token=…` from the address bar into the session, then out of sight. */
export function takeTokenFromUrl() {
  const match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (!match) return;
  sessionStorage.setItem(KEY, decodeURIComponent(match[1]));
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** Keeps a token typed into the sign-in form. */
/** @param {string} token */
export function signIn(token) {
  sessionStorage.setItem(KEY, token.trim());
}

/** True when a token is kept for this tab (it may still be refused). */
export function hasToken() {
  return Boolean(sessionStorage.getItem(KEY));
}

/**
 * `fetch` of one of the collector's reads with the token. Resolves with the response (any
 * status but 401); a missing or refused token forgets it and throws {@link SignInNeeded}.
 *
 * @example
 * const response = await api('/v1/summary?from=2026-11-01&to=2026-11-30');
 * @param {string} path
 * @param {RequestInit} [init]
 */
export async function api(path, init = {}) {
  const token = sessionStorage.getItem(KEY);
  if (!token) throw new SignInNeeded('sign in with the read token');
  const headers = new Headers(init.headers);
  headers.set('Authorization', `Bearer ${token}`);
  const response = await fetch(path, { cache: 'no-store', ...init, headers });
  if (response.status === 401) {
    sessionStorage.removeItem(KEY);
    throw new SignInNeeded('the read token was refused');
  }
  return response;
}
