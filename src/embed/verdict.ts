/**
 * The config's verdict, off the hot path: a config version this device has already seen pass
 * the schema is trusted from a stored fingerprint; anything else loads the validation chunk
 * (at idle, or at once when a prompt is about to show). An invalid config never shows a prompt.
 * The verdict names the SDK version that gave it: an upgrade or a rollback checks again.
 */
import type { ConfigIssue } from '../config/error';
import { loadValidator } from '../lazy/chunks';
import { toJson } from '../platform/json';
import type { KeyValueStore } from '../storage/store';

export const VERDICT_KEY = 's/config-ok';

/** FNV-1a over the config's text: a fingerprint, not a secret. */
export function fingerprint(config: unknown): string {
  const text = toJson(config);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}.${text.length}`;
}

export interface VerdictInput {
  config: Record<string, unknown>;
  base: string | undefined;
  /** The device's store, when the config may keep anything on it (no consent required). */
  store?: () => Promise<KeyValueStore>;
}

/**
 * Every problem with the config, each by path (empty when valid). Rejects only when the
 * validation chunk cannot be loaded.
 *
 * @example
 * const issues = await verdict({ config, base: location.href, store });
 */
export async function verdict(i: VerdictInput): Promise<ConfigIssue[]> {
  const print = `${__SDK_VERSION__}:${fingerprint(i.config)}`;
  const store = await i.store?.().catch(() => undefined);
  if (store && (await store.get(VERDICT_KEY).catch(() => undefined)) === print) return [];
  const { validateConfig } = await loadValidator();
  const issues = validateConfig(i.config, { base: i.base });
  if (!issues.length) await store?.set(VERDICT_KEY, print).catch(() => undefined);
  return issues;
}
