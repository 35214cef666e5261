// Checks one config document with the SDK's own schema and rules (the same `validateConfig`
// the runtime's debug mode uses), so a config is checked where it is written, not on each
// visitor's device.
import type { ConfigIssue } from '../../src/config/error.ts';
import { validateConfig } from '../../src/config/parse.ts';
import { isUrl, readSource, UnreadableSource } from './read-source.ts';

export interface CheckOptions {
  /** The script tag's `data-endpoint`, used when the config names no endpoint of its own. */
  endpoint?: string;
  /** The page the config runs on, to resolve relative URLs (default: the config's URL, or a placeholder https page). */
  base?: string;
}

export type CheckResult =
  | { source: string; status: 'valid'; questions: number; surveys: number }
  | { source: string; status: 'invalid'; errors: ConfigIssue[] }
  | { source: string; status: 'unreadable'; error: string };

/** Relative URLs in a file resolve against a page the checker cannot know: any https page. */
const PLACEHOLDER_PAGE = 'https://your-site.example/';

export async function checkConfig(
  source: string,
  options: CheckOptions = {},
): Promise<CheckResult> {
  let text: string;
  try {
    text = await readSource(source);
  } catch (error) {
    if (error instanceof UnreadableSource)
      return { source, status: 'unreadable', error: error.message };
    throw error;
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (error) {
    const message = `is not JSON: ${(error as Error).message}`;
    return { source, status: 'invalid', errors: [{ path: '', message }] };
  }
  const merged =
    options.endpoint !== undefined && isObject(config) && config.endpoint === undefined
      ? { ...config, endpoint: options.endpoint }
      : config;
  const base = options.base ?? (isUrl(source) ? source : PLACEHOLDER_PAGE);
  const errors = validateConfig(merged, { base });
  if (errors.length) return { source, status: 'invalid', errors };
  const doc = merged as { questions?: unknown[]; surveys?: unknown[] };
  return {
    source,
    status: 'valid',
    questions: doc.questions?.length ?? 0,
    surveys: doc.surveys?.length ?? 0,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The human report: one line of verdict, then every error by path. */
export function formatResult(r: CheckResult): string {
  if (r.status === 'unreadable') return `${r.error}`;
  if (r.status === 'valid')
    return `${r.source}: OK, ${plural(r.questions, 'question')}, ${plural(r.surveys, 'survey')}`;
  return [
    `${r.source}: invalid, ${plural(r.errors.length, 'error')}`,
    ...r.errors.map((e) => `  ${e.path || '(the document)'}: ${e.message}`),
  ].join('\n');
}

/** 0 valid, 1 invalid, 2 unreadable: what CI reads. */
export const exitCode = (r: CheckResult): number =>
  r.status === 'valid' ? 0 : r.status === 'invalid' ? 1 : 2;
