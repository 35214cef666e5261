// Scores, a cell's answers and the words, run against SQLite (a real file) and a real
// PostgreSQL server: the figures the dashboard shows must not depend on the database.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUALITIES } from 'waypoint-feedback/wire';
import type { WireEvent } from '../src/event.ts';
import type { EventStorage } from '../src/storage.ts';
import { makeEvent } from './fixtures.ts';

const DAY = '2026-04-10';
const RANGE = { from: DAY, to: DAY };
let second = 0;

interface Place {
  site: string;
  quality?: string;
  stage?: string;
  locale?: string;
  path?: string[];
}

/** An answer event at noon on DAY (a second later each time, so "newest" is well defined). */
export function answerAt(
  place: Place,
  question: { id: string; type: string; text?: string },
  answer: { value: unknown; score?: unknown; followUp?: string },
): WireEvent {
  second += 1;
  const context: Record<string, unknown> = { page: '/', locale: place.locale ?? 'en' };
  if (place.path) context.journey = { stagesSeen: place.path, daysSinceFirstSeen: 0 };
  return makeEvent({
    site: place.site,
    quality: place.quality ?? 'advocate',
    stage: place.stage ?? 'use',
    time: new Date(Date.parse(`${DAY}T12:00:00Z`) + second * 1000).toISOString(),
    data: {
      question: { text: `${question.id}?`, version: 1, ...question },
      answer,
      context,
    },
  });
}

function shownAt(place: Place): WireEvent {
  return makeEvent({
    site: place.site,
    quality: place.quality ?? 'advocate',
    stage: place.stage ?? 'use',
    type: 'waypoint.prompt.shown',
    time: `${DAY}T11:00:00.000Z`,
    data: { question: { id: 'q', type: 'choice' }, context: {} },
  });
}

const NPS = { id: 'advocate-nps', type: 'nps' };

export function describeAnswers(name: string, open: () => Promise<EventStorage>): void {
  describe(`${name}: scores, a cell's answers and the words`, () => {
    let storage: EventStorage;
    beforeAll(async () => {
      storage = await open();
    });
    afterAll(() => storage.close());

    const cell = async (site: string, quality: string, stage: string) => {
      const summary = await storage.summarize({ ...RANGE, site });
      return summary.cells.find((c) => c.quality === quality && c.stage === stage);
    };

    it("scores an answer by the score the event carries, over the collector's mapping", async () => {
      const site = 'sent-scores';
      await storage.insertBatch([
        // The mapping would give 90; the device said 40, and the device knows the config.
        answerAt({ site }, NPS, { value: 9, score: 40 }),
        answerAt(
          { site, quality: 'duration' },
          { id: 'duration-need', type: 'choice' },
          {
            value: 'partly',
            score: 50,
          },
        ),
        answerAt(
          { site, quality: 'duration' },
          { id: 'duration-need', type: 'choice' },
          {
            value: 'yes',
            score: 100,
          },
        ),
        answerAt(
          { site, quality: 'dynamic' },
          { id: 'dynamic-changed', type: 'yesno' },
          {
            value: 'yes',
            score: 0,
          },
        ),
      ]);
      expect(await cell(site, 'advocate', 'use')).toMatchObject({ scored: 1, score: 40 });
      expect(await cell(site, 'duration', 'use')).toMatchObject({ scored: 2, score: 75 });
      expect(await cell(site, 'dynamic', 'use')).toMatchObject({ scored: 1, score: 0 });
    });

    it('still maps the scale of an older event that carries no score', async () => {
      const site = 'older-scores';
      await storage.insertBatch([
        answerAt({ site }, NPS, { value: 7 }),
        answerAt({ site }, { id: 'advocate-rating', type: 'rating' }, { value: 4 }),
        // A score off 0–100 is not one: the mapping stands (80).
        answerAt({ site }, NPS, { value: 8, score: 150 }),
        // No score declared and no scale: counted, not scored.
        answerAt(
          { site, quality: 'choice' },
          { id: 'choice-why', type: 'choice' },
          {
            value: 'price',
          },
        ),
      ]);
      expect(await cell(site, 'advocate', 'use')).toMatchObject({
        answers: 3,
        scored: 3,
        score: 75,
      });
      expect(await cell(site, 'choice', 'use')).toMatchObject({
        answers: 1,
        scored: 0,
        score: null,
      });
    });

    it('scores all eleven qualities when each has a scored answer, in the grid and the trend', async () => {
      const site = 'eleven';
      await storage.insertBatch(
        QUALITIES.map((quality, i) =>
          answerAt(
            { site, quality },
            { id: `${quality}-q`, type: 'choice' },
            {
              value: 'a',
              score: i * 10,
            },
          ),
        ),
      );
      const summary = await storage.summarize({ ...RANGE, site });
      expect(summary.cells.map((c) => [c.quality, c.score])).toEqual(
        QUALITIES.map((quality, i) => [quality, i * 10]),
      );
      expect(new Set(summary.trend.filter((p) => p.score !== null).map((p) => p.quality))).toEqual(
        new Set(QUALITIES),
      );
    });

    it("opens a cell: its figures, each question's answers and the latest words with the path", async () => {
      const site = 'cell';
      const place = { site, quality: 'duration', stage: 'exit' };
      const need = { id: 'duration-need', type: 'choice', text: 'Is your need taken care of?' };
      const also = { id: 'duration-also', type: 'choice' };
      await storage.insertBatch([
        shownAt(place),
        shownAt(place),
        shownAt(place),
        shownAt(place),
        answerAt(place, need, { value: 'partly', score: 50 }),
        answerAt(
          place,
          { ...need, text: 'Votre besoin est-il réglé ?' },
          {
            value: 'partly',
            score: 50,
          },
        ),
        answerAt({ ...place, path: ['aware', 'use', 'exit'] }, need, {
          value: 'yes',
          score: 100,
          followUp: 'All <b>sorted</b>, thanks.',
        }),
        answerAt(place, also, { value: ['faster', 'cheaper'] }),
        answerAt(
          { ...place, path: ['exit'] },
          { id: 'duration-words', type: 'text' },
          {
            value: 'It took a week.',
          },
        ),
        // Another stage: in the quality's answers, not the cell's.
        answerAt({ ...place, stage: 'use' }, need, { value: 'no', score: 0 }),
      ]);
      const answers = await storage.cellAnswers({ ...RANGE, ...place });
      expect(answers).toMatchObject({
        quality: 'duration',
        stage: 'exit',
        term: null,
        answers: 5,
        shown: 4,
        responseRate: 1.25,
        scored: 3,
        score: 66.7,
      });
      expect(answers.questions).toEqual([
        {
          id: 'duration-need',
          type: 'choice',
          text: 'Is your need taken care of?',
          answers: 3,
          scored: 3,
          score: 66.7,
          values: [
            { value: 'partly', count: 2 },
            { value: 'yes', count: 1 },
          ],
        },
        {
          id: 'duration-also',
          type: 'choice',
          text: 'duration-also?',
          answers: 1,
          scored: 0,
          score: null,
          values: [
            { value: 'cheaper', count: 1 },
            { value: 'faster', count: 1 },
          ],
        },
        {
          id: 'duration-words',
          type: 'text',
          text: 'duration-words?',
          answers: 1,
          scored: 0,
          score: null,
          values: [],
        },
      ]);
      expect(answers.words.map((w) => [w.kind, w.text, w.path])).toEqual([
        ['answer', 'It took a week.', ['exit']],
        ['followUp', 'All <b>sorted</b>, thanks.', ['aware', 'use', 'exit']],
      ]);
      expect(answers.words[1]).toMatchObject({ value: 'yes', question: need.text, stage: 'exit' });

      const quality = await storage.cellAnswers({ ...RANGE, site, quality: 'duration' });
      expect(quality).toMatchObject({ stage: null, answers: 6, score: 50 });
      expect(quality.questions[0]?.values).toEqual([
        { value: 'partly', count: 2 },
        { value: 'no', count: 1 },
        { value: 'yes', count: 1 },
      ]);
    });

    it('lists scale answers in scale order, other answers most given first', async () => {
      const site = 'scales';
      await storage.insertBatch([
        ...[9, 3, 10, 9].map((value) => answerAt({ site }, NPS, { value })),
        ...['no', 'yes', 'no'].map((value) =>
          answerAt({ site }, { id: 'advocate-again', type: 'yesno' }, { value }),
        ),
      ]);
      const answers = await storage.cellAnswers({ ...RANGE, site, quality: 'advocate' });
      expect(answers.questions.map((q) => q.values)).toEqual([
        [
          { value: 3, count: 1 },
          { value: 9, count: 2 },
          { value: 10, count: 1 },
        ],
        [
          { value: 'no', count: 2 },
          { value: 'yes', count: 1 },
        ],
      ]);
    });

    it("summarises each quality's words without stop words, and opens the answers using a term", async () => {
      const site = 'words';
      const perspective = { site, quality: 'perspective' };
      const text = { id: 'perspective-words', type: 'text' };
      await storage.insertBatch([
        answerAt(perspective, text, { value: 'The delivery was late.' }),
        answerAt(perspective, text, { value: 'Late delivery, again!' }),
        answerAt(perspective, text, { value: 'Lovely tea.' }),
        answerAt({ ...perspective, locale: 'de' }, text, { value: 'Die Lieferung war zu spät.' }),
        answerAt({ site, quality: 'advocate' }, NPS, { value: 2, followUp: 'Too slow delivery' }),
        answerAt({ site, quality: 'advocate' }, NPS, { value: 10 }),
      ]);
      const words = await storage.words({ ...RANGE, site });
      expect(words.capped).toBe(false);
      expect(words.qualities.map((q) => q.quality)).toEqual(['perspective', 'advocate']);
      const [first, second] = words.qualities;
      expect(first?.texts).toBe(4);
      expect(first?.terms.slice(0, 2)).toEqual([
        { term: 'delivery', count: 2 },
        { term: 'late', count: 2 },
      ]);
      const terms = first?.terms.map((t) => t.term) ?? [];
      expect(terms).toEqual(expect.arrayContaining(['lovely', 'tea', 'lieferung', 'spät']));
      for (const stop of ['the', 'was', 'die', 'war', 'zu']) expect(terms).not.toContain(stop);
      expect(second).toEqual({
        quality: 'advocate',
        texts: 1,
        terms: [
          { term: 'delivery', count: 1 },
          { term: 'slow', count: 1 },
        ],
      });

      const late = await storage.cellAnswers({ ...RANGE, ...perspective, term: 'late' });
      expect(late.term).toBe('late');
      expect(late.words.map((w) => w.text)).toEqual([
        'Late delivery, again!',
        'The delivery was late.',
      ]);
      // Whole words only: 'late' is not in 'Lovely tea.' nor in a longer word.
      const tea = await storage.cellAnswers({ ...RANGE, ...perspective, term: 'tea' });
      expect(tea.words.map((w) => w.text)).toEqual(['Lovely tea.']);
    });
  });
}
