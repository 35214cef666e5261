// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseListQuery } from '../../../demo/collector/list-query.ts';

describe('parseListQuery', () => {
  it.each([
    ['', { limit: 100 }],
    ['type=waypoint.answer', { type: 'waypoint.answer', limit: 100 }],
    ['limit=5', { limit: 5 }],
    ['limit=5000', { limit: 1000 }],
    ['since=2026-11-01', { since: '2026-11-01T00:00:00.000Z', limit: 100 }],
    ['since=2026-11-01T12:00:00%2B02:00', { since: '2026-11-01T10:00:00.000Z', limit: 100 }],
    ['type=&since=&limit=', { limit: 100 }],
  ])('reads "%s"', (search, query) => {
    expect(parseListQuery(new URLSearchParams(search))).toEqual({ ok: true, query });
  });

  it.each([
    ['limit=0', 'limit must be a whole number from 1 to 1000, got "0"'],
    ['limit=-3', 'limit must be a whole number'],
    ['limit=ten', 'limit must be a whole number'],
    ['limit=2.5', 'limit must be a whole number'],
    ['since=yesterday', 'since must be a date or ISO 8601 time, got "yesterday"'],
  ])('refuses "%s" naming the parameter', (search, message) => {
    const result = parseListQuery(new URLSearchParams(search));
    expect(result.ok || result.error).toContain(message);
  });
});
