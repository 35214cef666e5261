import { type ExportQuery, parseCursor } from './export-query.ts';
import { queryTextProblem } from './query-text.ts';

const DEFAULT_LIMIT = 100;
const MAX_LIMIT = 1000;
const TEXT_FILTERS = ['type', 'stage', 'quality', 'site'] as const;

/** `?format=`: JSON (CloudEvents, the default) or CSV for a spreadsheet. */
export type ExportFormat = 'json' | 'csv';

export type ExportParams =
  | { ok: true; query: ExportQuery; format: ExportFormat }
  | { ok: false; error: string };

/**
 * Reads the export's query string: `type`, `stage`, `quality`, `site`, `since` and `until`
 * (any date the platform parses: `2026-11-01` or a full time), `limit` (1–1000, default 100),
 * `cursor` (from the previous page's `Link: rel="next"`) and `format` (`json` or `csv`).
 *
 * @example
 * parseExportParams(new URLSearchParams('type=waypoint.answer&limit=5'));
 * // → { ok: true, format: 'json', query: { type: 'waypoint.answer', limit: 5 } }
 */
export function parseExportParams(params: URLSearchParams): ExportParams {
  const query: ExportQuery = { limit: DEFAULT_LIMIT };
  for (const name of TEXT_FILTERS) {
    const value = params.get(name);
    if (!value) continue;
    const problem = queryTextProblem(name, value);
    if (problem !== undefined) return { ok: false, error: problem };
    query[name] = value;
  }
  for (const name of ['since', 'until'] as const) {
    const value = params.get(name);
    if (!value) continue;
    const ms = Date.parse(value);
    if (!Number.isFinite(ms)) {
      return { ok: false, error: `${name} must be a date or ISO 8601 time, got "${clip(value)}"` };
    }
    query[name] = new Date(ms).toISOString();
  }
  const limit = params.get('limit');
  if (limit) {
    if (!/^\d{1,9}$/.test(limit) || Number(limit) < 1) {
      return {
        ok: false,
        error: `limit must be a whole number from 1 to ${MAX_LIMIT}, got "${clip(limit)}"`,
      };
    }
    query.limit = Math.min(Number(limit), MAX_LIMIT);
  }
  const cursor = params.get('cursor');
  if (cursor) {
    const after = parseCursor(cursor);
    if (!after)
      return { ok: false, error: `cursor "${clip(cursor)}" is not one this collector gave out` };
    query.after = after;
  }
  const format = params.get('format') || 'json';
  if (format !== 'json' && format !== 'csv') {
    return { ok: false, error: `format must be json or csv, got "${clip(format)}"` };
  }
  return { ok: true, query, format };
}

function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 39)}…` : value;
}
