// GET /v1/events: filters, cursor pagination through `Link`, and CSV a spreadsheet can open
// safely.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../src/csv.ts';
import type { StoredEvent } from '../src/event.ts';
import { startCollector, type TestCollector } from './collector-server.ts';
import { makeEvent, makeEvents } from './fixtures.ts';

let collector: TestCollector;
beforeAll(async () => {
  collector = await startCollector();
});
afterAll(() => collector.close());

const read = async (path: string) => {
  const response = await collector.request(path, { read: true });
  return { response, events: response.ok ? ((await response.json()) as StoredEvent[]) : [] };
};

describe('the JSON export', () => {
  it.each([
    ['type=waypoint.prompt.shown', 1],
    ['stage=exit', 1],
    ['quality=duration', 1],
    ['since=2026-04-02', 2],
    ['until=2026-04-02', 1],
    ['since=2026-04-02&until=2026-04-03', 1],
  ])('filters with ?%s', async (query, count) => {
    const site = `filter-${query.replace(/\W/g, '')}`;
    collector.store.insertBatch([
      makeEvent({ site, time: '2026-04-01T08:00:00Z' }),
      makeEvent({ site, time: '2026-04-02T08:00:00Z', stage: 'exit', quality: 'duration' }),
      makeEvent({ site, time: '2026-04-03T08:00:00Z', type: 'waypoint.prompt.shown' }),
    ]);
    const { events } = await read(`/v1/events?site=${site}&${query}`);
    expect(events).toHaveLength(count);
  });

  it.each([
    ['since=soon', /^since must be a date/],
    ['until=2026-99-99', /^until must be a date/],
    ['limit=0', /^limit must be a whole number/],
    ['cursor=abc', /^cursor "abc" is not one/],
    ['format=xml', /^format must be json or csv/],
  ])('answers 400 for ?%s', async (query, message) => {
    const { response } = await read(`/v1/events?${query}`);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(message);
  });

  it('pages through Link rel="next" without skipping or repeating, while events arrive', async () => {
    const site = 'pages';
    const first = makeEvents(23, { site });
    collector.store.insertBatch(first);
    const seen: string[] = [];
    let next: string | undefined = `/v1/events?site=${site}&limit=5`;
    while (next) {
      const { response, events } = await read(next);
      seen.push(...events.map((e) => e.id));
      collector.store.insertBatch(makeEvents(2, { site })); // newer than every page so far
      next = /<([^>]+)>; rel="next"/.exec(response.headers.get('link') ?? '')?.[1];
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(new Set(seen)).toEqual(new Set(first.map((e) => e.id)));
  });
});

describe('the CSV export', () => {
  it('escapes quotes and line breaks, and defuses formula cells', async () => {
    const site = 'csv';
    const texts = [
      'He said "fine", then left',
      'line one\nline two',
      '=HYPERLINK("x")',
      '+1',
      '-2',
      '@SUM(A1)',
    ];
    collector.store.insertBatch(
      texts.map((text, i) =>
        makeEvent({
          site,
          time: `2026-06-0${i + 1}T00:00:00Z`,
          data: { question: { id: 'q', type: 'text', text: 'Why?' }, answer: { value: text } },
        }),
      ),
    );
    const response = await collector.request(`/v1/events?site=${site}&format=csv`, { read: true });
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment/);
    const csv = await response.text();
    const [header] = csv.split('\r\n');
    expect(header).toBe(CSV_COLUMNS.join(','));
    expect(csv).toContain('"He said ""fine"", then left"');
    expect(csv).toContain('"line one\nline two"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    for (const cell of [",'+1,", ",'-2,", ",'@SUM(A1),"]) expect(csv).toContain(cell);
    expect(csv).not.toMatch(/,[=+\-@][^,]*,/);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
