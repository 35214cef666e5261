// Fills the demo's database with a few hundred synthetic events, so the dashboard has something
// to draw before anyone has answered. Never run by `npm run demo`: fake data must not appear
// silently. Every event it writes has the source `urn:waypoint:seed`, and `--remove` deletes them.
//
//   npx tsx demo/seed.ts                 add ~600 events over the last 45 days
//   npx tsx demo/seed.ts --visits 500    more (each visit: a prompt shown, maybe answered)
//   npx tsx demo/seed.ts --remove        delete every seeded event, nothing else
//   npx tsx demo/seed.ts --db other.db   another database than .demo-data/waypoint.db
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import type { WireEvent } from '../collector/src/event.ts';
import { openStore } from '../collector/src/sqlite/store.ts';
import { LIMITS, validateBatch } from '../collector/src/validate.ts';
import { type FollowUpWhen, followUpApplies } from '../src/model/follow-up.ts';
import { QUALITY_STAGES, type Quality } from '../src/model/qualities.ts';
import { answerScore } from '../src/model/score.ts';
import { surveyFromConfig, surveyVisitEvents } from './seed-survey.ts';
import { WORDS } from './seed-words.ts';

/** The CloudEvents `source` of every seeded event: what tells them from real ones. */
export const SEED_SOURCE = 'urn:waypoint:seed';

const DEMO_DIR = dirname(fileURLToPath(import.meta.url));
const DAY_MS = 86_400_000;
/** The share of visits that meet the checkout survey (seed-survey.ts) instead of one question. */
const SURVEY_SHARE = 0.15;
/** The shop's survey the seed fills in, and the page that asks it: the order confirmation. */
const SURVEY_ID = 'checkout-survey';
const SURVEY_PAGE = '/checkout/confirmed';

interface SeedQuestion {
  id: string;
  quality: Quality;
  type: string;
  text: string;
  version?: number;
  stages?: string[];
  options?: Array<{ id: string; score?: number }>;
  score?: { yes: number; no: number };
  trigger?: Trigger;
  followUp?: { when: FollowUpWhen; text: string };
  audience?: { devices?: string[] };
}

interface Trigger {
  on: string;
  event?: string;
  percent?: number;
  seconds?: number;
}

const PAGES: Record<string, string> = {
  aware: '/',
  explore: '/products',
  decide: '/checkout',
  onboard: '/welcome',
  use: '/account',
  support: '/help',
  renew: '/upgrade',
  exit: '/cancel',
};
const STAGE_ORDER = Object.keys(PAGES);
/** The devices visits come from, as often as the shop sees them. */
const DEVICES = ['mobile', 'mobile', 'desktop', 'desktop', 'tablet'];
// How well each stage goes for the shop's customers, 0–1: support and leaving hurt most.
const MOOD: Record<string, number> = {
  aware: 0.72,
  explore: 0.7,
  decide: 0.55,
  onboard: 0.66,
  use: 0.78,
  support: 0.42,
  renew: 0.7,
  exit: 0.32,
};

export interface SeedOptions {
  /** Prompts shown; about 45% are answered and 30% dismissed. */
  visits?: number;
  /** Events are spread over the `days` days before `now`. */
  days?: number;
  now?: Date;
  /** 0 ≤ x < 1; pass a seeded one for a repeatable set. */
  random?: () => number;
}

/**
 * Makes synthetic Waypoint events for the demo shop's own questions and its checkout survey
 * (demo/site/waypoint.json), each valid as the collector checks it, with ids from
 * `crypto.randomUUID()`. Questions the shop asks only inside a survey or the launcher (trigger
 * `manual`) are not seeded on their own.
 *
 * @example
 * openStore('.demo-data/waypoint.db').insertBatch(makeSeedEvents({ visits: 100 }));
 */
export function makeSeedEvents(options: SeedOptions = {}): WireEvent[] {
  const { visits = 350, days = 45, now = new Date(), random = Math.random } = options;
  const config = JSON.parse(readFileSync(resolve(DEMO_DIR, 'site/waypoint.json'), 'utf8'));
  const questions = config.questions as SeedQuestion[];
  const survey = surveyFromConfig(config, SURVEY_ID);
  const surveyStage = survey.stages?.[0] ?? 'decide';
  const onTheirOwn = questions.filter((question) => question.trigger?.on !== 'manual');
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  // A bell-ish draw around the stage's mood: the sum of three uniforms.
  const feeling = (stage: string) =>
    Math.min(1, Math.max(0, (MOOD[stage] ?? 0.6) + (random() + random() + random() - 1.5) * 0.35));

  const byId = new Map(questions.map((question) => [question.id, question]));
  const known = (id: string) => {
    const question = byId.get(id);
    if (!question) throw new Error(`the seeded survey asks "${id}", which waypoint.json lacks`);
    return question;
  };

  const visitor = (visit: Omit<Visit, 'page'> & { page?: string }) =>
    visitContext({ page: PAGES[visit.stage] ?? '/', ...visit }, random, pick);
  /**
   * An answer to `question` at `stage`, scored as the SDK scores it on the device, with the
   * follow-up's words now and then.
   */
  const answerTo = (question: SeedQuestion, stage: string) => {
    const value = answerValue(question, feeling(stage), random, pick);
    const score = answerScore(question, value);
    const words = WORDS[question.id];
    return {
      value,
      ...(score === undefined ? {} : { score }),
      ...(words && followUpApplies(question.followUp?.when, value) && random() < 0.6
        ? { followUp: pick(words) }
        : {}),
    };
  };

  const events: WireEvent[] = [];
  for (let visit = 0; visit < visits; visit += 1) {
    const shownAt = now.getTime() - random() * days * DAY_MS;
    if (random() < SURVEY_SHARE) {
      // Asked when the order confirmation page tracks the survey's event (order_placed).
      const trigger = triggerLabel(survey, surveyStage);
      const context = visitor({ stage: surveyStage, trigger, page: SURVEY_PAGE });
      events.push(
        ...surveyVisitEvents(survey, shownAt, {
          random,
          event: (type, id, at, data) => seedEvent(type, known(id), surveyStage, context, at, data),
          answer: (id) => answerTo(known(id), surveyStage),
        }),
      );
      continue;
    }
    const question = pick(onTheirOwn);
    const stage = pick([
      ...new Set([...(question.stages ?? []), ...QUALITY_STAGES[question.quality]]),
    ]);
    const context = visitor({
      stage,
      trigger: triggerLabel(question, stage),
      devices: question.audience?.devices,
    });
    const event = (type: string, at: number, answer?: Record<string, unknown>): WireEvent =>
      seedEvent(type, question, stage, context, at, answer ? { answer } : {});

    events.push(event('waypoint.prompt.shown', shownAt));
    const outcome = random();
    const later = shownAt + (5 + random() * 60) * 1000;
    if (outcome < 0.45) {
      events.push(event('waypoint.answer', later, answerTo(question, stage)));
    } else if (outcome < 0.75) {
      events.push(event('waypoint.prompt.dismissed', later));
    }
  }
  // A visit that began a minute ago may end "later": nothing is stamped in the future.
  for (const event of events) {
    if (Date.parse(event.time) > now.getTime()) event.time = now.toISOString();
  }
  return events;
}

/** Where a visit is asked, by what, and (for a question with an audience) on which devices. */
interface Visit {
  stage: string;
  trigger: string;
  page: string;
  devices?: readonly string[] | undefined;
}

/**
 * What every event of one visit carries: where, who, on which device (one of `devices`, for a
 * question with an audience), and why it was asked.
 */
function visitContext(
  { stage, trigger, page, devices = DEVICES }: Visit,
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
): Record<string, unknown> {
  return {
    page,
    locale: 'en',
    visitor: randomUUID(),
    session: randomUUID(),
    trigger,
    sampleRate: 1,
    journey: {
      stagesSeen: STAGE_ORDER.slice(0, Math.max(1, STAGE_ORDER.indexOf(stage) + 1)),
      daysSinceFirstSeen: Math.floor(random() * 90),
    },
    device: pick(DEVICES.filter((device) => devices.includes(device))),
    sdk: 'waypoint/0.1.0',
  };
}

/** One seeded CloudEvent about `q` at `at` (ms); `data` sits beside the question and context. */
function seedEvent(
  type: string,
  q: SeedQuestion,
  stage: string,
  context: Record<string, unknown>,
  at: number,
  data: Record<string, unknown> = {},
): WireEvent {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: SEED_SOURCE,
    type,
    subject: q.id,
    time: new Date(at).toISOString(),
    datacontenttype: 'application/json',
    site: 'demo-shop',
    stage,
    quality: q.quality,
    data: {
      question: { id: q.id, type: q.type, text: q.text, version: q.version ?? 1 },
      ...data,
      context,
    },
  };
}

/** The share of choice answers that take an option without a score ("has not changed"). */
const UNSCORED_SHARE = 0.1;

/**
 * What a visitor who feels `x` (0 worst, 1 best) answers: the scale point, or the option or
 * yes/no whose declared score is nearest `x`; an unscored choice (what brought them here) is
 * anyone's pick.
 */
function answerValue(
  q: SeedQuestion,
  x: number,
  random: () => number,
  pick: <T>(list: readonly T[]) => T,
): unknown {
  const nearest = <T extends { score: number }>(list: T[]) =>
    list.reduce((a, b) => (Math.abs(b.score - x * 100) < Math.abs(a.score - x * 100) ? b : a));
  const scale = (min: number, max: number) => min + Math.round(x * (max - min));
  switch (q.type) {
    case 'nps':
      return scale(0, 10);
    case 'effort':
      return scale(1, 7);
    case 'rating':
    case 'emoji':
      return scale(1, 5);
    case 'yesno':
      if (!q.score) return pick(['yes', 'no']);
      return nearest([
        { id: 'yes', score: q.score.yes },
        { id: 'no', score: q.score.no },
      ]).id;
    case 'choice': {
      const options = q.options ?? [];
      const scored = options.filter(
        (o): o is { id: string; score: number } => o.score !== undefined,
      );
      const unscored = options.filter((o) => o.score === undefined);
      if (scored.length === 0 || (unscored.length > 0 && random() < UNSCORED_SHARE)) {
        return pick(unscored).id;
      }
      return nearest(scored).id;
    }
    default:
      return pick(WORDS[q.id] ?? ['Nothing to add.']);
  }
}

/** `context.trigger` as the SDK writes it for a question's or survey's trigger. */
function triggerLabel(asked: { trigger?: Trigger }, stage: string): string {
  const t = asked.trigger ?? { on: 'stage' };
  if (t.on === 'stage') return `stage:${stage}`;
  if (t.on === 'event') return `event:${t.event}`;
  if (t.on === 'scroll') return `scroll:${t.percent}`;
  if (t.on === 'delay' || t.on === 'idle') return `${t.on}:${t.seconds}`;
  return t.on;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: resolve(DEMO_DIR, '../.demo-data/waypoint.db') },
      visits: { type: 'string', default: '350' },
      remove: { type: 'boolean', default: false },
    },
  });
  const dbPath = resolve(values.db);
  if (values.remove) {
    const db = new Database(dbPath, { fileMustExist: true });
    const { changes } = db.prepare('DELETE FROM events WHERE source = ?').run(SEED_SOURCE);
    db.close();
    console.info(`[seed] removed ${changes} seeded events from ${dbPath}`);
    return;
  }
  const visits = Number(values.visits);
  if (!Number.isInteger(visits) || visits < 1) {
    console.error(`[seed] --visits must be a whole number above 0, got "${values.visits}"`);
    process.exitCode = 1;
    return;
  }
  const events = makeSeedEvents({ visits });
  // The collector's own checks, batch by batch: seeded data must look exactly like real data.
  for (let at = 0; at < events.length; at += LIMITS.events) {
    const checked = validateBatch(events.slice(at, at + LIMITS.events));
    if (!checked.ok) throw new Error(`seed made an invalid event: ${checked.error}`);
  }
  mkdirSync(dirname(dbPath), { recursive: true });
  const store = openStore(dbPath);
  const { accepted } = store.insertBatch(events);
  store.close();
  console.info(
    `[seed] added ${accepted} synthetic events (source ${SEED_SOURCE}) to ${dbPath}\n` +
      '[seed] remove them with: npx tsx demo/seed.ts --remove',
  );
}

// Run only as `tsx demo/seed.ts`; importing this module (tests) writes nothing.
if (
  process.argv[1] !== undefined &&
  import.meta.url === pathToFileURL(resolve(process.argv[1])).href
) {
  main();
}
