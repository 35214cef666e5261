// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WireEvent } from '../../../collector/src/event.ts';
import { openStore } from '../../../collector/src/sqlite/store.ts';
import { LIMITS, validateBatch } from '../../../collector/src/validate.ts';
import { makeSeedEvents, SEED_SOURCE } from '../../../demo/seed.ts';
import type { SeedSurvey } from '../../../demo/seed-survey.ts';
import { answerScore, type Scorable } from '../../../src/model/score.ts';
import { seeded } from '../helpers/seeded';
import { makeTempDir } from './fixtures.ts';

const NOW = new Date('2026-11-22T12:00:00Z');
const CONFIG = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../demo/site/waypoint.json'), 'utf8'),
);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('makeSeedEvents', () => {
  const events = makeSeedEvents({ visits: 300, days: 60, now: NOW, random: seeded(7) });

  it('makes one shown prompt per visit and some answers and dismissals', () => {
    const count = (type: string) => events.filter((event) => event.type === type).length;
    expect(count('waypoint.prompt.shown')).toBe(300);
    expect(count('waypoint.answer')).toBeGreaterThan(90);
    expect(count('waypoint.prompt.dismissed')).toBeGreaterThan(50);
    expect(events.length).toBe(300 + count('waypoint.answer') + count('waypoint.prompt.dismissed'));
  });

  it('marks every event as seeded, with a random UUID', () => {
    expect(events.every((event) => event.source === SEED_SOURCE)).toBe(true);
    expect(events.every((event) => UUID.test(event.id))).toBe(true);
    expect(new Set(events.map((event) => event.id)).size).toBe(events.length);
  });

  it('makes only events the collector accepts', () => {
    for (let at = 0; at < events.length; at += LIMITS.events) {
      const result = validateBatch(events.slice(at, at + LIMITS.events));
      expect(result.ok ? 'ok' : result.error).toBe('ok');
    }
  });

  it('spreads them over the days asked for, none in the future', () => {
    const times = events.map((event) => Date.parse(event.time));
    expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
    expect(Math.min(...times)).toBeGreaterThanOrEqual(NOW.getTime() - 60 * 86_400_000);
  });

  it('gives the dashboard something to draw in every quality', () => {
    const dir = makeTempDir();
    const store = openStore(join(dir.path, 'events.db'));
    try {
      expect(store.insertBatch(events).accepted).toBe(events.length);
      const summary = store.summarize({ from: '2026-09-23', to: '2026-11-22' });
      expect(new Set(summary.cells.map((cell) => cell.quality)).size).toBe(11);
      // A score in every quality's row of the heatmap, not only an answer count.
      const scored = summary.cells.filter((cell) => cell.score !== null);
      expect(new Set(scored.map((cell) => cell.quality)).size).toBe(11);
      expect(summary.nps.n).toBeGreaterThan(0);
      expect(summary.latestText.length).toBeGreaterThan(0);
    } finally {
      store.close();
      dir.remove();
    }
  });

  it("scores each answer as the SDK does on the device, from waypoint.json's question", () => {
    const questions = new Map(
      (CONFIG.questions as Array<Scorable & { id: string; version?: number }>).map((q) => [
        q.id,
        q,
      ]),
    );
    const answers = events.filter((event) => event.type === 'waypoint.answer');
    let scored = 0;
    for (const event of answers) {
      const question = questions.get(event.subject ?? '');
      const { value, score } = event.data.answer as { value: unknown; score?: number };
      const expected = question ? answerScore(question, value) : 'not in waypoint.json';
      expect([event.subject, score]).toEqual([event.subject, expected]);
      expect(event.data.question).toMatchObject({ version: question?.version ?? 1 });
      if (score !== undefined) scored += 1;
    }
    // Only the shop's own "what did you come to do?" and "has not changed" go unscored.
    expect(scored).toBeGreaterThan(answers.length * 0.8);
  });

  describe("the shop's checkout survey", () => {
    const survey = (CONFIG.surveys as SeedSurvey[]).find((s) => s.id === 'checkout-survey');
    const steps = survey?.steps.map((step) => step.question) ?? [];
    const inSurvey = events.filter((event) => event.data.response);
    const responses = new Map<string, WireEvent[]>();
    for (const event of inSurvey) {
      const { id } = event.data.response as { id: string };
      responses.set(id, [...(responses.get(id) ?? []), event]);
    }

    it('is the one in waypoint.json, asked on the order confirmation page', () => {
      expect(steps).toHaveLength(3);
      expect(responses.size).toBeGreaterThan(20);
      for (const event of inSurvey) {
        expect(event.data.response).toMatchObject({ survey: 'checkout-survey', steps: 3 });
        expect(event.data.context).toMatchObject({
          page: '/checkout/confirmed',
          trigger: 'event:order_placed',
        });
        expect(event.stage).toBe('decide');
      }
    });

    it('takes the branch: a hard checkout (effort 1–3) is asked what got in the way', () => {
      // What waypoint.json's branches say, written out: effort ≤ 3 → obstacles, else → NPS;
      // obstacles → NPS; NPS ends the survey.
      const after = (question: string, value: unknown) =>
        question === 'preventive-effort'
          ? (value as number) <= 3
            ? 'operational-obstacles'
            : 'advocate-nps'
          : question === 'operational-obstacles'
            ? 'advocate-nps'
            : 'end';
      const paths = new Set<string>();
      for (const response of responses.values()) {
        const answers = response.filter((event) => event.type === 'waypoint.answer');
        answers.forEach((answer, i) => {
          const { step, complete } = answer.data.response as { step: number; complete: boolean };
          expect(step).toBe(steps.indexOf(answer.subject ?? '') + 1);
          const next = after(
            answer.subject ?? '',
            (answer.data.answer as { value: unknown }).value,
          );
          const given = answers[i + 1]?.subject;
          if (given) expect(given).toBe(next);
          else expect(complete).toBe(next === 'end');
        });
        const last = answers.at(-1)?.data.response as { complete: boolean } | undefined;
        if (last?.complete) paths.add(answers.map((answer) => answer.subject).join(' → '));
      }
      // Both ways through are seeded, so the funnel shows step 2 skipped by easy checkouts.
      expect([...paths].sort()).toEqual([
        'preventive-effort → advocate-nps',
        'preventive-effort → operational-obstacles → advocate-nps',
      ]);
    });
  });

  it('seeds no question on its own that the shop asks only in a survey or the launcher', () => {
    const manual = (CONFIG.questions as Array<{ id: string; trigger?: { on: string } }>)
      .filter((q) => q.trigger?.on === 'manual')
      .map((q) => q.id);
    expect(manual).toEqual(['preventive-effort', 'duration-visit']);
    const alone = events.filter((event) => !event.data.response);
    expect(alone.filter((event) => manual.includes(event.subject ?? ''))).toEqual([]);
  });

  it("keeps a question with an audience on the audience's devices", () => {
    const idle = events.filter((event) => event.subject === 'anticipatory-next');
    expect(idle.length).toBeGreaterThan(0);
    for (const event of idle) {
      expect(['desktop', 'tablet']).toContain((event.data.context as { device: string }).device);
    }
  });
});
