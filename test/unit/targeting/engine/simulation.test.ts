// 10,000 simulated visitors walk random journeys over weeks through the default config, decided
// by the real `decide` and reducers; the checks re-derive the limits from the raw prompt log,
// independently of that state.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../../../src/config/parse';
import type { ResolvedQuestion } from '../../../../src/config/resolved';
import { QUALITIES, QUALITY_STAGES } from '../../../../src/model/qualities';
import { isScale, SCALES } from '../../../../src/model/question-types';
import { answerScore } from '../../../../src/model/score';
import { decide } from '../../../../src/targeting/engine/decide';
import {
  freshState,
  recordAnswered,
  recordDismissed,
  recordShown,
  touchSession,
  type VisitorState,
} from '../../../../src/targeting/visitor-state';
import { seeded } from '../../helpers/seeded';
import { DAY, MOMENT, NOW, WHO } from '../fixtures';

const VISITORS = 10_000;
const MIN = 60_000;
const config = parseConfig({ endpoint: 'https://collect.example.com/v1/events' });
const { limits } = config;
const STAGES = config.stages.map((s) => s.id);
const KEEP_MS =
  Math.max(limits.daysBetweenPrompts, limits.perStage.days, limits.perQuality.days) * DAY;

type Outcome = 'answer' | 'dismiss' | 'opt-out' | 'ignore';
interface Prompt {
  at: number;
  session: string;
  question: string;
  quality: string;
  stage: string;
  outcome: Outcome;
  /** An answer's score as the device sends it (`data.answer.score`), when it has one. */
  score?: number;
}

/** Any answer a visitor could give to `q`, picked with `random`. */
function anAnswer(q: ResolvedQuestion, random: () => number): unknown {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  if (isScale(q.type)) {
    const { min, max } = SCALES[q.type];
    return min + Math.floor(random() * (max - min + 1));
  }
  if (q.type === 'yesno') return pick(['yes', 'no']);
  if (q.type === 'choice') return pick(q.options ?? [])?.id;
  return 'In my own words';
}

/** One visitor's journey: visits days apart, a few pages each, stages drifting forward. */
function walk(i: number, random: () => number, answering: () => number): Prompt[] {
  const anonymous = random() < 0.1; // sampling then sticks per session
  const visitorId = `visitor-${i}`;
  let ids = 0;
  const newId = () => `${visitorId}/session-${++ids}`;
  let now = NOW + Math.floor(random() * 30 * DAY);
  let s: VisitorState = freshState(newId(), now);
  let optedOut = false;
  let stage = 0;
  const log: Prompt[] = [];
  const visits = 1 + Math.min(11, Math.floor(-Math.log(1 - random()) * 2.5));
  for (let v = 0; v < visits; v++) {
    if (v > 0) now += Math.floor((0.2 + -Math.log(1 - random()) * 9) * DAY);
    const pages = 1 + Math.floor(random() * 8);
    for (let p = 0; p < pages; p++) {
      now += Math.floor((0.5 + random() * 6) * MIN);
      const r = random();
      if (r < 0.3) stage = Math.min(STAGES.length - 1, stage + 1);
      else if (r < 0.45) stage = Math.max(0, stage - 1);
      else if (r < 0.55) stage = Math.floor(random() * STAGES.length);
      const here = STAGES[stage] as string;
      s = touchSession(s, now, newId);
      const { chosen } = decide(config.questions, {
        fired: { kind: 'stage', stage: here },
        stage: here,
        state: s,
        limits,
        now,
        seed: anonymous ? s.session.id : visitorId,
        moment: { ...MOMENT, optedOut },
        who: WHO,
      });
      if (!chosen) continue;
      s = recordShown(
        s,
        { at: now, question: chosen.id, quality: chosen.quality, stage: here },
        KEEP_MS,
      );
      const o = random();
      const outcome: Outcome =
        o < 0.55 ? 'answer' : o < 0.85 ? 'dismiss' : o < 0.88 ? 'opt-out' : 'ignore';
      const question = config.questions.find((q) => q.id === chosen.id);
      const score =
        outcome === 'answer' && question
          ? answerScore(question, anAnswer(question, answering))
          : undefined;
      log.push({
        at: now,
        session: s.session.id,
        question: chosen.id,
        quality: chosen.quality,
        stage: here,
        outcome,
        ...(score === undefined ? {} : { score }),
      });
      now += 20_000;
      if (outcome === 'answer') s = recordAnswered(s, chosen.id, now);
      if (outcome === 'dismiss' || outcome === 'opt-out') s = recordDismissed(s, chosen.id, now);
      if (outcome === 'opt-out') optedOut = true;
    }
  }
  return log;
}

/** Every way one visitor's prompts could break the limits; empty when none does. */
function violations(log: Prompt[]): string[] {
  const found: string[] = [];
  const perSession = new Map<string, number>();
  const cooldown = config.questions.reduce<Record<string, number>>((m, q) => {
    m[q.id] = q.cooldownDays;
    return m;
  }, {});
  log.forEach((p, n) => {
    perSession.set(p.session, (perSession.get(p.session) ?? 0) + 1);
    if ((perSession.get(p.session) ?? 0) > limits.promptsPerSession) found.push('session cap');
    const before = log.slice(0, n);
    const last = before.at(-1);
    if (last && p.at - last.at < limits.daysBetweenPrompts * DAY) found.push('days between');
    if (before.some((b) => b.outcome === 'opt-out')) found.push('after opt-out');
    for (const b of before.filter((x) => x.question === p.question)) {
      if (b.outcome === 'answer' && p.at - b.at < (cooldown[p.question] ?? 0) * DAY)
        found.push('answered cooldown');
      if (b.outcome === 'dismiss' && p.at - b.at < limits.dismissCooldownDays * DAY)
        found.push('dismissed cooldown');
    }
    const window = (days: number, same: (b: Prompt) => boolean) =>
      [...before, p].filter((b) => p.at - b.at < days * DAY && same(b)).length;
    if (window(limits.perStage.days, (b) => b.stage === p.stage) > limits.perStage.max)
      found.push('stage budget');
    if (window(limits.perQuality.days, (b) => b.quality === p.quality) > limits.perQuality.max)
      found.push('quality budget');
  });
  return found;
}

function coverageTable(answers: Map<string, number>): string {
  const cell = (q: string, s: string) => {
    const mapped = config.questions.some((x) => x.quality === q && x.stages.includes(s));
    return mapped ? String(answers.get(`${q}|${s}`) ?? 0) : '·';
  };
  const rows = [['quality', ...STAGES, 'total']];
  for (const q of QUALITIES) {
    const total = STAGES.reduce((t, s) => t + (answers.get(`${q}|${s}`) ?? 0), 0);
    rows.push([q, ...STAGES.map((s) => cell(q, s)), String(total)]);
  }
  rows.push([
    'total',
    ...STAGES.map((s) =>
      String(QUALITIES.reduce((t, q) => t + (answers.get(`${q}|${s}`) ?? 0), 0)),
    ),
    String([...answers.values()].reduce((a, b) => a + b, 0)),
  ]);
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows
    .map((r) =>
      r.map((v, c) => (c === 0 ? v.padEnd(widths[c] ?? 0) : v.padStart(widths[c] ?? 0))).join('  '),
    )
    .join('\n');
}

describe('a simulation of 10,000 visitors through the default config', () => {
  let logs: Prompt[][] = [];
  const answers = new Map<string, number>();
  const scored = new Map<string, number>();
  const add = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);
  beforeAll(() => {
    const random = seeded(20261122); // every run walks the same journeys
    const answering = seeded(20261207); // …and gives the same answers, apart from the journeys
    logs = Array.from({ length: VISITORS }, (_, i) => walk(i, random, answering));
    for (const p of logs.flat()) {
      if (p.outcome !== 'answer') continue;
      add(answers, `${p.quality}|${p.stage}`);
      if (p.score !== undefined) add(scored, `${p.quality}|${p.stage}`);
    }
    // CPU-bound: 10,000 journeys take a few seconds, more on a loaded 2-core machine.
  }, 60_000);

  it('never asks any visitor more than the limits allow', () => {
    const broken = logs.flatMap((log, i) => violations(log).map((v) => `visitor ${i}: ${v}`));
    expect(broken.slice(0, 10)).toEqual([]);
  });

  it('gets answers for every quality and every stage', () => {
    const targeted = STAGES.filter((s) => config.questions.some((q) => q.stages.includes(s)));
    const byQuality = QUALITIES.filter((q) => STAGES.every((s) => !answers.get(`${q}|${s}`)));
    const byStage = STAGES.filter((s) => QUALITIES.every((q) => !answers.get(`${q}|${s}`)));
    expect(byQuality).toEqual([]);
    expect(byStage).toEqual([]);
    // Every quality × stage pair the bank maps gets answers too: the picture is complete.
    const empty = config.questions.flatMap((q) =>
      q.stages.filter((s) => !answers.get(`${q.quality}|${s}`)).map((s) => `${q.quality}×${s}`),
    );
    expect(empty).toEqual([]);
    const untargeted = STAGES.filter((s) => !targeted.includes(s));
    console.info(
      `\nAnswers by quality × stage (${VISITORS.toLocaleString('en')} simulated visitors; · = the bank asks no question of this quality at this stage)\n${coverageTable(answers)}` +
        (untargeted.length ? `\nStages no default question targets: ${untargeted.join(', ')}` : ''),
    );
  });

  it('gets scored answers for every quality at each of its stages', () => {
    // Every stage where a question that can be scored asks, and every stage of each quality.
    const scorable = config.questions.filter((q) => q.type !== 'text');
    const pairs = new Set([
      ...scorable.flatMap((q) => q.stages.map((s) => `${q.quality}|${s}`)),
      ...QUALITIES.flatMap((q) =>
        QUALITY_STAGES[q].filter((s) => STAGES.includes(s)).map((s) => `${q}|${s}`),
      ),
    ]);
    expect([...pairs].filter((pair) => !scored.get(pair))).toEqual([]);
    expect(QUALITIES.filter((q) => !scorable.some((x) => x.quality === q))).toEqual([]);
    const words = config.questions.filter((q) => q.type === 'text').map((q) => q.id);
    console.info(
      `\nScored answers (data.answer.score) by quality × stage (${VISITORS.toLocaleString('en')} simulated visitors; · = the bank asks no question of this quality at this stage)\n${coverageTable(scored)}` +
        `\nAsked in words only, unscored: ${words.join(', ')}`,
    );
  });

  it('asks each visitor rarely', () => {
    const counts = new Map<number, number>();
    for (const log of logs) counts.set(log.length, (counts.get(log.length) ?? 0) + 1);
    const sorted = [...counts.entries()].sort((a, b) => a[0] - b[0]);
    const total = logs.reduce((t, l) => t + l.length, 0);
    const lines = sorted.map(
      ([n, v]) =>
        `${String(n).padStart(2)} prompts  ${String(v).padStart(5)} visitors  ${'#'.repeat(Math.ceil((v / VISITORS) * 60))}`,
    );
    console.info(
      `\nPrompts per visitor (mean ${(total / VISITORS).toFixed(2)})\n${lines.join('\n')}`,
    );
    // Over these journeys (at most a year), the 14-day gap bounds anyone's prompts.
    const spans = logs.map((l) => (l.length ? (l.at(-1)?.at ?? 0) - (l[0]?.at ?? 0) : 0));
    logs.forEach((l, i) => {
      expect(l.length).toBeLessThanOrEqual(
        1 + Math.floor((spans[i] ?? 0) / (limits.daysBetweenPrompts * DAY)),
      );
    });
  });
});
