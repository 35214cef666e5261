/**
 * The one module that reaches browser globals, so that importing Waypoint in Node, SSR or a
 * test never crashes, and so the rest of the code can be handed fakes.
 */

/** The page's window, or undefined outside a browser. */
export function getWindow(): (Window & typeof globalThis) | undefined {
  return typeof window === 'undefined' ? undefined : window;
}

/** The page's document, or undefined outside a browser. */
export function getDocument(): Document | undefined {
  return typeof document === 'undefined' ? undefined : document;
}

/** The page's URL, used to resolve a relative endpoint. */
export function pageUrl(): string | undefined {
  return getWindow()?.location?.href;
}

/** The global `fetch`, bound, read at call time (a host may wrap it later; we still use theirs). */
export function globalFetch(): typeof fetch | undefined {
  const f = typeof fetch === 'function' ? fetch : undefined;
  return f && ((input, init) => f(input, init));
}

/** Whether the browser reports being offline (true only when it says so explicitly). */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Global Privacy Control: a visitor-level "do not sell or share" signal we honour as anonymous. */
export function globalPrivacyControl(): boolean {
  return (
    typeof navigator !== 'undefined' &&
    (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  );
}

/** Crypto-strength random bytes where available; Math.random only where crypto is missing. */
export function randomBytes(n: number): Uint8Array {
  const bytes = new Uint8Array(n);
  const c = typeof crypto === 'undefined' ? undefined : crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < n; i++) bytes[i] = (Math.random() * 256) | 0;
  return bytes;
}

/** Do Not Track (`navigator.doNotTrack === '1'`), honoured like Global Privacy Control. */
export function doNotTrack(): boolean {
  return typeof navigator !== 'undefined' && navigator.doNotTrack === '1';
}
