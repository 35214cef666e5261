import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../collector/src/event.ts';
import { type EventStore, openStore } from '../../../collector/src/sqlite/store.ts';
import { parseSummaryQuery } from '../../../collector/src/summary.ts';
import { makeEvent, makeTempDir } from './fixtures.ts';

const NOVEMBER = { from: '2026-11-01', to: '2026-11-30' };

/** An answer of `type` with `value`, at noon on 2026-11-10 unless overridden. */
function answer(
  type: string,
  value: unknown,
  overrides: Partial<WireEvent> & { followUp?: string } = {},
): WireEvent {
  const { followUp, ...attributes } = overrides;
  return makeEvent({
    time: '2026-11-10T12:00:00.000Z',
    data: {
      question: { id: `q-${type}`, type, text: `A ${type} question?`, version: 1 },
      answer: followUp === undefined ? { value } : { value, followUp },
      context: { page: '/', locale: 'en' },
    },
    ...attributes,
  });
}

/** A prompt event (shown or dismissed) for the same place as `answer`'s defaults. */
function prompt(kind: 'shown' | 'dismissed', overrides: Partial<WireEvent> = {}): WireEvent {
  return makeEvent({
    type: `waypoint.prompt.${kind}`,
    time: '2026-11-10T11:59:00.000Z',
    data: { question: { id: 'q', type: 'nps', text: 'Q?', version: 1 }, context: {} },
    ...overrides,
  });
}

function times<T>(count: number, make: (index: number) => T): T[] {
  return Array.from({ length: count }, (_, index) => make(index));
}

describe('parseSummaryQuery', () => {
  const now = new Date('2026-11-22T09:30:00Z');

  it('defaults to the last 30 days, today (UTC) included', () => {
    expect(parseSummaryQuery(new URLSearchParams(), now)).toEqual({
      ok: true,
      query: { from: '2026-10-24', to: '2026-11-22' },
    });
  });

  it('reads from, to and site', () => {
    const params = new URLSearchParams('from=2026-11-01&to=2026-11-05&site=acme');
    expect(parseSummaryQuery(params, now)).toEqual({
      ok: true,
      query: { from: '2026-11-01', to: '2026-11-05', site: 'acme' },
    });
  });

  it('counts 30 days back from a given to', () => {
    const result = parseSummaryQuery(new URLSearchParams('to=2026-03-01'), now);
    expect(result).toEqual({ ok: true, query: { from: '2026-01-31', to: '2026-03-01' } });
  });

  it.each([
    ['from=yesterday', /^from must be a date as YYYY-MM-DD, got "yesterday"/],
    ['to=2026-02-30', /^to must be a date as YYYY-MM-DD, got "2026-02-30"/],
    ['from=2026-11-01T00:00:00Z', /^from must be a date/],
    ['to=2026-1-5', /^to must be a date/],
    ['from=2026-11-10&to=2026-11-09', /^from \(2026-11-10\) must not be after to \(2026-11-09\)/],
  ])('refuses %s, naming the parameter', (search, message) => {
    const result = parseSummaryQuery(new URLSearchParams(search), now);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });
});

describe('EventStore.summarize', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let store: EventStore;

  beforeEach(() => {
    dir = makeTempDir();
    store = openStore(join(dir.path, 'events.db'));
  });

  afterEach(() => {
    store.close();
    dir.remove();
  });

  it('computes NPS from promoters, passives and detractors', () => {
    store.insertBatch([
      ...times(10, (i) => answer('nps', i % 2 === 0 ? 9 : 10)),
      ...times(5, (i) => answer('nps', 7 + (i % 2))),
      ...times(5, (i) => answer('nps', i)),
    ]);
    expect(store.summarize(NOVEMBER).nps).toEqual({
      score: 25,
      promoters: 10,
      passives: 5,
      detractors: 5,
      n: 20,
    });
  });

  it('gives null scores and rates when there is nothing to measure', () => {
    const summary = store.summarize(NOVEMBER);
    expect(summary).toEqual({
      range: NOVEMBER,
      site: null,
      totals: { shown: 0, answers: 0, dismissed: 0, responseRate: null },
      cells: [],
      nps: { score: null, promoters: 0, passives: 0, detractors: 0, n: 0 },
      effort: { mean: null, score: null, n: 0 },
      satisfaction: { mean: null, n: 0 },
      latestText: [],
      trend: [],
      surveys: [],
    });
  });

  it.each([
    ['nps', [0, 7, 10], 56.7],
    ['rating', [1, 3, 5, 5], 62.5],
    ['emoji', [2, 2], 25],
    ['effort', [1, 4, 7], 50],
    ['effort', [6], 83.3],
  ])('normalises %s answers %j to a mean score of %d', (type, values, score) => {
    store.insertBatch(values.map((value) => answer(type, value)));
    const [cell] = store.summarize(NOVEMBER).cells;
    expect(cell).toMatchObject({ answers: values.length, scored: values.length, score });
  });

  it('counts yes/no, choice and text answers without scoring them', () => {
    store.insertBatch([
      answer('yesno', 'yes'),
      answer('choice', ['a', 'b']),
      answer('text', 'Fine'),
      answer('rating', 5),
    ]);
    const summary = store.summarize(NOVEMBER);
    expect(summary.cells).toEqual([expect.objectContaining({ answers: 4, scored: 1, score: 100 })]);
    expect(summary.totals.answers).toBe(4);
  });

  it('leaves scale values out of range or not whole out of the score', () => {
    store.insertBatch([
      answer('nps', 11),
      answer('rating', 0),
      answer('effort', 4.5),
      answer('emoji', '3'),
      answer('nps', 8),
    ]);
    const summary = store.summarize(NOVEMBER);
    expect(summary.cells[0]).toMatchObject({ answers: 5, scored: 1, score: 80 });
    expect(summary.nps).toMatchObject({ passives: 1, n: 1 });
    expect(summary.effort.n).toBe(0);
    expect(summary.satisfaction.n).toBe(0);
  });

  it('gives response rates as answers ÷ prompts shown, per cell and in total', () => {
    const atUse = { quality: 'advocate', stage: 'use' };
    const atDecide = { quality: 'preventive', stage: 'decide' };
    store.insertBatch([
      ...times(8, () => prompt('shown', atUse)),
      ...times(2, () => prompt('dismissed', atUse)),
      ...times(2, () => answer('nps', 9, atUse)),
      ...times(4, () => prompt('shown', atDecide)),
      ...times(3, () => answer('effort', 7, atDecide)),
      answer('text', 'Hello', { quality: 'perspective', stage: 'explore' }),
    ]);
    const summary = store.summarize(NOVEMBER);
    expect(summary.totals).toEqual({ shown: 12, answers: 6, dismissed: 2, responseRate: 0.5 });
    expect(summary.cells).toEqual([
      {
        quality: 'perspective',
        stage: 'explore',
        answers: 1,
        shown: 0,
        dismissed: 0,
        responseRate: null,
        scored: 0,
        score: null,
      },
      {
        quality: 'preventive',
        stage: 'decide',
        answers: 3,
        shown: 4,
        dismissed: 0,
        responseRate: 0.75,
        scored: 3,
        score: 100,
      },
      {
        quality: 'advocate',
        stage: 'use',
        answers: 2,
        shown: 8,
        dismissed: 2,
        responseRate: 0.25,
        scored: 2,
        score: 90,
      },
    ]);
  });

  it('orders cells by the canonical quality and stage order, then other stages', () => {
    const at = (quality: string, stage: string) => answer('rating', 3, { quality, stage });
    store.insertBatch([
      at('advocate', 'aware'),
      at('perspective', 'trial'),
      at('perspective', 'exit'),
      at('perspective', 'aware'),
      at('choice', 'renew'),
    ]);
    const order = store.summarize(NOVEMBER).cells.map((c) => `${c.quality}/${c.stage}`);
    expect(order).toEqual([
      'perspective/aware',
      'perspective/exit',
      'perspective/trial',
      'choice/renew',
      'advocate/aware',
    ]);
  });

  it('takes whole UTC days from `from` to `to`, whatever offset the times were sent with', () => {
    const at = (time: string, value: number) => answer('nps', value, { time });
    store.insertBatch([
      at('2026-10-31T23:59:59.999Z', 0),
      at('2026-11-01T00:00:00.000Z', 10),
      at('2026-11-30T23:59:59.999Z', 10),
      at('2026-12-01T00:00:00.000Z', 0),
      at('2026-12-01T00:30:00+01:00', 10), // 23:30 UTC on the 30th: inside
      at('2026-11-01T00:30:00+01:00', 0), // 23:30 UTC on 31 October: outside
    ]);
    expect(store.summarize(NOVEMBER).nps).toMatchObject({ promoters: 3, detractors: 0, n: 3 });
    const oneDay = store.summarize({ from: '2026-11-30', to: '2026-11-30' });
    expect(oneDay.nps).toMatchObject({ promoters: 2, n: 2 });
    expect(store.summarize({ from: '2026-10-31', to: '2026-10-31' }).nps.detractors).toBe(2);
  });

  it('filters by site when asked', () => {
    store.insertBatch([
      answer('nps', 10, { site: 'tea' }),
      answer('nps', 0, { site: 'coffee' }),
      prompt('shown', { site: 'tea' }),
    ]);
    const tea = store.summarize({ ...NOVEMBER, site: 'tea' });
    expect(tea.site).toBe('tea');
    expect(tea.nps).toMatchObject({ score: 100, n: 1 });
    expect(tea.totals).toMatchObject({ shown: 1, answers: 1, responseRate: 1 });
    expect(store.summarize(NOVEMBER).nps).toMatchObject({ score: 0, n: 2 });
  });

  it('averages effort on its 1–7 scale and satisfaction (rating and emoji) on 0–100', () => {
    store.insertBatch([
      answer('effort', 2),
      answer('effort', 5),
      answer('effort', 7),
      answer('rating', 5),
      answer('rating', 2),
      answer('emoji', 3),
    ]);
    const summary = store.summarize(NOVEMBER);
    expect(summary.effort).toEqual({ mean: 4.67, score: 61.1, n: 3 });
    expect(summary.satisfaction).toEqual({ mean: 58.3, n: 3 });
  });

  it('lists the newest open-text answers and follow-ups, at most 20', () => {
    const at = (minute: number) => `2026-11-10T12:${String(minute).padStart(2, '0')}:00.000Z`;
    store.insertBatch([
      answer('text', 'Oldest words', { time: at(0), quality: 'perspective', stage: 'explore' }),
      ...times(19, (i) => answer('text', `Words ${i + 1}`, { time: at(i + 1) })),
      answer('nps', 3, { time: at(30), followUp: 'Slow delivery' }),
      answer('choice', ['tea', 'cups'], { time: at(31), followUp: 'Both matter' }),
      answer('text', '   ', { time: at(40) }),
      answer('nps', 9, { time: at(41), followUp: '' }),
    ]);
    const { latestText } = store.summarize(NOVEMBER);
    expect(latestText).toHaveLength(20);
    expect(latestText[0]).toEqual({
      time: at(31),
      stage: 'use',
      quality: 'advocate',
      question: 'A choice question?',
      text: 'Both matter',
      kind: 'followUp',
      value: ['tea', 'cups'],
    });
    expect(latestText[1]).toMatchObject({ text: 'Slow delivery', kind: 'followUp', value: 3 });
    expect(latestText[2]).toMatchObject({ text: 'Words 19', kind: 'answer' });
    expect(latestText[2]).not.toHaveProperty('value');
    expect(latestText.map((entry) => entry.text)).not.toContain('Oldest words');
  });
});
