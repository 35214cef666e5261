// The `data-config` document (DESIGN §5), fetched on each page; its last good copy is kept on
// the device (by the caller, `keepCopy`) for offline use. A document that fails leaves that copy in charge, and says so;
// with no copy the widget stays dormant, never running a config the owner did not write.
import type { KeyValueStore } from '../storage/store';

export const REMOTE_CONFIG_KEY = 's/remote-config';
const TIMEOUT_MS = 5000;

export interface ConfigCopy {
  url: string;
  config: unknown;
  savedAt: number;
}

export interface RemoteConfigInput {
  /** The `data-config` URL, absolute. */
  url: string;
  inline: Record<string, unknown>;
  overrides: Record<string, unknown>;
  fetch: typeof fetch | undefined;
  /**
   * The device's store, where the last good copy is looked for; absent, or resolving to
   * nothing, where nothing may be read (before consent) or nothing of ours is there.
   */
  store: (() => Promise<KeyValueStore | undefined>) | undefined;
  /**
   * Rejects when a merged config is invalid (or, as a `ChunkError`, when it could not be
   * checked); resolves to whether it may be kept on the device.
   */
  check(config: Record<string, unknown>): Promise<{ mayStore: boolean }>;
  now?: () => number;
}

export interface RemoteConfigResult {
  /** Undefined: neither the document nor a last good copy can be used, so nothing runs. */
  config: Record<string, unknown> | undefined;
  /** What went wrong on the way (reported as `error` events with code `config`). */
  problems: string[];
  /** The fresh document, to keep on the device (`keepCopy`) where it may be kept. */
  copy?: ConfigCopy;
}

/** Keeps `copy` as the last good one: on a new device, only once it keeps anything of ours. */
export const keepCopy = (store: KeyValueStore, copy: ConfigCopy): Promise<void> =>
  store.set(REMOTE_CONFIG_KEY, copy);

const asObject = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

async function download(url: string, fetchFn: typeof fetch | undefined): Promise<unknown> {
  if (!fetchFn) throw new Error('fetch is not available');
  const controller = new AbortController();
  const t = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    // No referrer: the page's full URL (query string included) is nobody's business.
    const res = await fetchFn(url, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: controller.signal,
    });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return await res.json();
  } finally {
    clearTimeout(t);
  }
}

/**
 * The config to run on: inline JSON, then the remote document (fresh, else the last good
 * copy), then `data-*` attributes; undefined when neither copy can be used. Never throws.
 *
 * @example
 * const { config, problems } = await resolveRemoteConfig({
 *   url, inline, overrides, fetch, store, check,
 * });
 */
export async function resolveRemoteConfig(i: RemoteConfigInput): Promise<RemoteConfigResult> {
  const merge = (remote: unknown) => ({ ...i.inline, ...asObject(remote), ...i.overrides });
  const problems: string[] = [];
  try {
    const fresh = merge(await download(i.url, i.fetch));
    try {
      const { mayStore } = await i.check(fresh);
      const copy = { url: i.url, config: fresh, savedAt: (i.now ?? Date.now)() };
      return { config: fresh, problems, copy: mayStore ? copy : undefined };
    } catch (e) {
      const { name, message } = e as Error;
      problems.push(
        name === 'ChunkError'
          ? `could not check data-config "${i.url}": ${message}`
          : `data-config "${i.url}" is invalid, so it was not used: ${message}`,
      );
    }
  } catch (e) {
    problems.push(`could not load data-config "${i.url}": ${(e as Error).message}`);
  }
  // A store that cannot be opened holds no copy.
  const cached = await i
    .store?.()
    .then((s) => s?.get<ConfigCopy>(REMOTE_CONFIG_KEY))
    .catch(() => undefined);
  if (cached?.url === i.url) {
    try {
      await i.check(merge(cached.config));
      problems.push(
        `using the last good copy of data-config, saved ${new Date(cached.savedAt).toISOString()}`,
      );
      return { config: merge(cached.config), problems };
    } catch {
      // The saved copy no longer fits (the inline config or attributes changed): not used.
    }
  }
  return { config: undefined, problems };
}
