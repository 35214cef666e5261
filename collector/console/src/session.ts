// The signed-in token and site, kept in sessionStorage: for this tab only, gone when it closes,
// and never in the URL (where history, logs and Referer headers would keep it).
const TOKEN = 'waypoint-console-token';
const SITE = 'waypoint-console-site';

/** What the token may do: `admin` publishes; `read` sees the install page and the drafts. */
export type Role = 'admin' | 'read';

export interface Session {
  token: string;
  site: string;
  role: Role;
}

export function loadSession(): Session | undefined {
  try {
    const raw = sessionStorage.getItem(TOKEN);
    if (!raw) return undefined;
    const s = JSON.parse(raw) as Session;
    return typeof s.token === 'string' && typeof s.site === 'string' ? s : undefined;
  } catch {
    return undefined;
  }
}

export function saveSession(s: Session | undefined): void {
  try {
    if (s) {
      sessionStorage.setItem(TOKEN, JSON.stringify(s));
      sessionStorage.setItem(SITE, s.site);
    } else sessionStorage.removeItem(TOKEN);
  } catch {
    // Storage refused (a private mode): the session lasts as long as the page.
  }
}

/** The site last used in this tab, to fill in the sign-in form. */
export function lastSite(): string {
  try {
    return sessionStorage.getItem(SITE) ?? '';
  } catch {
    return '';
  }
}
