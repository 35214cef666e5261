// Survey completion in GET /v1/summary (issue 10), on a real SQLite file and a real PostgreSQL
// server: started, completed and where each response left, with skipped steps, dismissals,
// resent events and the date range.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireEvent } from '../src/event.ts';
import { openPostgres } from '../src/postgres/store.ts';
import { sqliteStorage } from '../src/sqlite/storage.ts';
import { openStore } from '../src/sqlite/store.ts';
import type { EventStorage } from '../src/storage.ts';
import type { SummaryQuery } from '../src/summary.ts';
import { type SurveySummary, surveySql } from '../src/survey-summary.ts';
import { useBothStores } from './both-stores.ts';
import { DAY, figures, response, stepEvent } from './survey-fixtures.ts';

const stores = useBothStores('surveys');
const { dir } = stores;

const PREVIOUS_DAY = '2026-06-09';

interface Case {
  name: string;
  /** Stored batch by batch, each case on a site of its own. */
  batches: (site: string) => WireEvent[][];
  range?: Pick<SummaryQuery, 'from' | 'to'> & { stage?: string };
  expected: SurveySummary[];
}

const CASES: Case[] = [
  {
    name: 'a response answered through every step counts as started and completed',
    batches: (site) => [response('r1', { answered: [1, 2, 3], completed: true }, { site })],
    expected: [
      figures('checkout', {
        started: 1,
        completed: 1,
        unanswered: 0,
        funnel: [
          [1, 0],
          [1, 0],
          [1, 0],
        ],
      }),
    ],
  },
  {
    name: 'a step skipped by branching is not reached, and the response still completes',
    batches: (site) => [
      response('r1', { answered: [1, 3], completed: true }, { site }),
      response('r2', { answered: [1, 2] }, { site }),
      response('r3', { answered: [1] }, { site }),
    ],
    expected: [
      figures('checkout', {
        started: 3,
        completed: 1,
        unanswered: 0,
        funnel: [
          [3, 1],
          [1, 1],
          [1, 0],
        ],
      }),
    ],
  },
  {
    name: 'a dismissal mid-way leaves at the last answered step; one before any answer leaves none',
    batches: (site) => [
      response('r1', { answered: [1], dismissedAt: 2 }, { site }),
      response('r2', { answered: [1, 2], dismissedAt: 3 }, { site }),
      response('r3', { answered: [], dismissedAt: 1 }, { site }),
      // Shown, then the tab closed: started, nothing answered, nothing dismissed.
      response('r4', { answered: [] }, { site }),
    ],
    expected: [
      figures('checkout', {
        started: 4,
        completed: 0,
        unanswered: 2,
        funnel: [
          [2, 1],
          [1, 1],
          [0, 0],
        ],
      }),
    ],
  },
  {
    name: 'a resent event, or a step answered twice, counts once',
    batches: (site) => {
      const first = response('r1', { answered: [1, 2], completed: true }, { site, steps: 2 });
      const again = stepEvent('answer', 'r1', 1, { site, steps: 2, at: 9 });
      return [first, first, [again, ...first]];
    },
    expected: [
      figures('checkout', {
        started: 1,
        completed: 1,
        unanswered: 0,
        funnel: [
          [1, 0],
          [1, 0],
        ],
      }),
    ],
  },
  {
    name: 'answers without their shown event (out of range, or lost) still start a response',
    batches: (site) => [response('r1', { answered: [1], shown: false }, { site })],
    expected: [
      figures('checkout', {
        started: 1,
        completed: 0,
        unanswered: 0,
        funnel: [
          [1, 1],
          [0, 0],
          [0, 0],
        ],
      }),
    ],
  },
  ...(['day', 'previous day'] as const).map(
    (which): Case => ({
      name: `only the events of the range count (the ${which})`,
      batches: (site) => {
        const steps = 2;
        return [
          response('today', { answered: [1, 2], completed: true }, { site, steps, at: 60 }),
          response('yesterday', { answered: [1, 2], completed: true }, { site, steps, at: -600 }),
          // Over midnight: step 1 the day before, step 2 (complete) just after.
          [
            stepEvent('shown', 'midnight', 1, { site, steps, at: -2 }),
            stepEvent('answer', 'midnight', 1, { site, steps, at: -1 }),
            stepEvent('answer', 'midnight', 2, { site, steps, at: 1, complete: true }),
          ],
          response('last-week', { answered: [1] }, { site, steps, at: -7 * 1440 }),
        ];
      },
      range: which === 'day' ? { from: DAY, to: DAY } : { from: PREVIOUS_DAY, to: PREVIOUS_DAY },
      expected:
        which === 'day'
          ? [
              figures('checkout', {
                started: 2,
                completed: 2,
                unanswered: 0,
                funnel: [
                  [1, 0],
                  [2, 0],
                ],
              }),
            ]
          : [
              figures('checkout', {
                started: 2,
                completed: 1,
                unanswered: 0,
                funnel: [
                  [2, 1],
                  [1, 0],
                ],
              }),
            ],
    }),
  ),
  {
    name: 'the stage filter holds for surveys too',
    batches: (site) => [
      response('r1', { answered: [1], completed: true }, { site, steps: 1 }),
      response('r2', { answered: [1], completed: true }, { site, steps: 1, stage: 'exit' }),
    ],
    range: { from: DAY, to: DAY, stage: 'exit' },
    expected: [figures('checkout', { started: 1, completed: 1, unanswered: 0, funnel: [[1, 0]] })],
  },
  {
    name: 'several surveys: the most started first, each with its own steps',
    batches: (site) => [
      response(
        'a1',
        { answered: [1, 2], completed: true },
        { site, survey: 'onboarding', steps: 2 },
      ),
      response('b1', { answered: [1] }, { site, survey: 'renewal', steps: 4 }),
      response(
        'b2',
        { answered: [1, 2, 4], completed: true },
        { site, survey: 'renewal', steps: 4 },
      ),
    ],
    expected: [
      figures('renewal', {
        started: 2,
        completed: 1,
        unanswered: 0,
        funnel: [
          [2, 1],
          [1, 0],
          [0, 0],
          [1, 0],
        ],
      }),
      figures('onboarding', {
        started: 1,
        completed: 1,
        unanswered: 0,
        funnel: [
          [1, 0],
          [1, 0],
        ],
      }),
    ],
  },
];

/** Events whose `data.response` is not one: stored (an answer is an answer), never counted. */
const MALFORMED: Array<[string, unknown]> = [
  ['step 0', { id: 'm', survey: 's', step: 0, steps: 3, complete: false }],
  ['a step past the step count', { id: 'm', survey: 's', step: 4, steps: 3, complete: false }],
  ['a fractional step', { id: 'm', survey: 's', step: 1.5, steps: 3, complete: false }],
  ['steps beyond the bound', { id: 'm', survey: 's', step: 1, steps: 1000, complete: false }],
  ['an empty id', { id: '', survey: 's', step: 1, steps: 3, complete: false }],
  [
    'an id of 257 characters',
    { id: 'x'.repeat(257), survey: 's', step: 1, steps: 3, complete: false },
  ],
  ['no survey', { id: 'm', step: 1, steps: 3, complete: false }],
  ['complete as text', { id: 'm', survey: 's', step: 1, steps: 3, complete: 'yes' }],
  ['an array', [1, 2]],
  ['a string', 'r1'],
];

function describeSurveys(name: string, open: () => Promise<EventStorage>) {
  describe(`survey completion on ${name}`, () => {
    let storage: EventStorage;
    let sites = 0;
    beforeAll(async () => {
      storage = await open();
    });
    afterAll(() => storage.close());

    it.each(CASES)('$name', async ({ batches, range, expected }) => {
      const site = `site-${++sites}`;
      for (const batch of batches(site)) await storage.insertBatch(batch);
      const summary = await storage.summarize({ from: DAY, to: DAY, ...range, site });
      expect(summary.surveys).toEqual(expected);
      for (const survey of summary.surveys) {
        const left = survey.funnel.reduce((sum, step) => sum + step.left, 0);
        expect(survey.completed + survey.unanswered + left).toBe(survey.started);
      }
    });

    it.each(MALFORMED)(
      'stores an answer whose response has %s, outside the survey figures',
      async (_, bad) => {
        const site = `site-${++sites}`;
        const event = stepEvent('answer', 'm', 1, { site });
        const malformed = { ...event, data: { ...event.data, response: bad } };
        expect(await storage.insertBatch([malformed])).toEqual({ accepted: 1, duplicates: 0 });
        const summary = await storage.summarize({ from: DAY, to: DAY, site });
        expect(summary.totals.answers).toBe(1);
        expect(summary.surveys).toEqual([]);
        const { events } = await storage.exportPage({ site });
        expect(events[0]?.data.response).toEqual(bad);
      },
    );

    it('counts a survey once in the response rate: its later steps are answers, not prompts', async () => {
      const site = `site-${++sites}`;
      await storage.insertBatch([
        ...response('all', { answered: [1, 2, 3], completed: true }, { site }),
        ...response('none', { answered: [], dismissedAt: 1 }, { site }),
        // A single question beside it, answered: one prompt, one answer.
        stepEvent('shown', 'q', 1, { site }),
        {
          ...stepEvent('answer', 'q', 1, { site }),
          data: { question: { id: 'q', type: 'nps' }, answer: { value: 9 } },
        },
      ]);
      const summary = await storage.summarize({ from: DAY, to: DAY, site });
      expect(summary.totals).toEqual({ shown: 3, answers: 4, dismissed: 1, responseRate: 0.6667 });
      expect(summary.cells).toEqual([
        expect.objectContaining({ shown: 3, answers: 4, dismissed: 1, responseRate: 0.6667 }),
      ]);
    });

    it('has no surveys in a range without any', async () => {
      expect((await storage.summarize({ from: '2001-01-01', to: '2001-01-31' })).surveys).toEqual(
        [],
      );
    });
  });
}

describeSurveys('SQLite', stores.sqlite);
describeSurveys('PostgreSQL', stores.postgres);

describe('the survey index', () => {
  it('serves the survey queries on SQLite (a covering index of survey steps only)', () => {
    const path = join(dir, 'plan.db');
    openStore(path).close();
    const db = new Database(path, { readonly: true });
    try {
      const where = 'time_ms >= @fromMs AND time_ms < @toMs AND (@site IS NULL OR site = @site)';
      const params = { fromMs: 0, toMs: 1, site: null };
      for (const sql of Object.values(surveySql(where, (count) => count))) {
        const plan = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as Array<{
          detail: string;
        }>;
        const reads = plan
          .map((row) => row.detail)
          .filter((d) => /\b(SCAN|SEARCH) events\b/.test(d));
        expect(reads.length).toBeGreaterThan(0);
        for (const read of reads) expect(read).toMatch(/USING COVERING INDEX events_survey/);
      }
    } finally {
      db.close();
    }
  });

  it('serves the survey queries on PostgreSQL when a scan would cost more', async () => {
    const url = stores.cluster().createDatabase(`surveys_plan`);
    await (await openPostgres(url)).close();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    try {
      const where = 'time_ms >= $1 AND time_ms < $2 AND ($3::text IS NULL OR site = $3::text)';
      await sql.begin(async (tx) => {
        // An empty table is cheapest to scan: forbid that, and see that the index can serve.
        await tx`SET LOCAL enable_seqscan = off`;
        for (const text of Object.values(surveySql(where, (count) => `(${count})::int`))) {
          const plan = await tx.unsafe(`EXPLAIN ${text}`, [0, 1, null]);
          const lines = plan.map((row) => String(row['QUERY PLAN']));
          expect(lines.join('\n')).toMatch(
            /(Index|Index Only|Bitmap Index) Scan (using|on) events_survey/,
          );
          expect(lines.join('\n')).not.toMatch(/Seq Scan on events/);
        }
      });
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});

describe('upgrading a database stored before the survey columns', () => {
  const survey = () => response('old', { answered: [1, 2], completed: true }, { steps: 2 });
  const expected = [
    figures('checkout', {
      started: 1,
      completed: 1,
      unanswered: 0,
      funnel: [
        [1, 0],
        [1, 0],
      ],
    }),
  ];
  const COLUMNS = ['response_id', 'survey', 'survey_step', 'survey_steps', 'response_complete'];

  it('fills them in from the stored JSON on SQLite', async () => {
    const path = join(dir, 'upgrade.db');
    const before = openStore(path);
    before.insertBatch(survey());
    before.close();
    const db = new Database(path);
    db.exec('DROP INDEX events_survey');
    db.exec('DROP INDEX events_summary_v2');
    for (const column of COLUMNS) db.exec(`ALTER TABLE events DROP COLUMN ${column}`);
    // The previous layout's summary index, without survey_step.
    db.exec('CREATE INDEX events_summary ON events (time_ms, type, site, stage, quality)');
    db.close();

    const storage = sqliteStorage(openStore(path));
    try {
      expect((await storage.summarize({ from: DAY, to: DAY })).surveys).toEqual(expected);
      const reader = new Database(path, { readonly: true });
      const indexes = reader.prepare("SELECT name FROM sqlite_master WHERE type = 'index'").all();
      reader.close();
      expect(indexes).toContainEqual({ name: 'events_summary_v2' });
      expect(indexes).not.toContainEqual({ name: 'events_summary' });
    } finally {
      await storage.close();
    }
  });

  it('fills them in from the stored JSON on PostgreSQL', async () => {
    const url = stores.cluster().createDatabase('surveys_upgrade');
    const before = await openPostgres(url);
    await before.insertBatch(survey());
    await before.close();
    const sql = postgres(url, { max: 1, onnotice: () => {} });
    await sql.unsafe(`ALTER TABLE events ${COLUMNS.map((c) => `DROP COLUMN ${c}`).join(', ')}`);
    // The previous layout's summary index, without survey_step.
    await sql`CREATE INDEX events_summary ON events (time_ms, type, site, stage, quality)`;

    const storage = await openPostgres(url);
    try {
      expect((await storage.summarize({ from: DAY, to: DAY })).surveys).toEqual(expected);
      const indexes = await sql`SELECT indexname FROM pg_indexes WHERE tablename = 'events'`;
      expect(indexes.map((row) => row.indexname)).toContain('events_summary_v2');
      expect(indexes.map((row) => row.indexname)).not.toContain('events_summary');
    } finally {
      await storage.close();
      await sql.end({ timeout: 5 });
    }
  });
});
