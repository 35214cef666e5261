/**
 * What targeting remembers about the visitor on this device, for the caps and budgets: the
 * session, each question's last ask, answer and dismissal, and recent prompts. Pure reducers.
 */

import { STATE_KEY } from '../storage/keys';
import type { KeyValueStore } from '../storage/store';

export { STATE_KEY };
/** A session ends after 30 minutes without a page view, event or prompt (as in web analytics). */
export const SESSION_IDLE_MS = 30 * 60_000;
/** The prompt log is a bounded list: budgets only ever look back this many prompts. */
const MAX_PROMPTS = 100;

export interface Session {
  id: string;
  startedAt: number;
  lastActiveAt: number;
  /** Prompts shown in this session. */
  prompts: number;
}

export interface QuestionHistory {
  askedAt?: number;
  answeredAt?: number;
  /** When it was last answered to the end (a survey's last step): an inline card shows done. */
  completedAt?: number;
  dismissedAt?: number;
  asks: number;
  answers: number;
  dismissals: number;
}

/** One prompt shown, with where it was shown. */
export interface PromptRecord {
  at: number;
  question: string;
  quality: string;
  stage: string;
}

export interface VisitorState {
  session: Session;
  /** The id of this device's first session with us (absent on states saved before it was kept). */
  firstSession?: string;
  lastPromptAt?: number;
  questions: Record<string, QuestionHistory>;
  /** Quality → when a question of it was last shown, so the choice spreads over qualities. */
  qualities: Record<string, number>;
  /** Recent prompts, oldest first. */
  prompts: PromptRecord[];
}

/** A visitor never asked anything, in a session that starts at `now`. */
export function freshState(sessionId: string, now: number): VisitorState {
  return {
    session: { id: sessionId, startedAt: now, lastActiveAt: now, prompts: 0 },
    firstSession: sessionId,
    questions: {},
    qualities: {},
    prompts: [],
  };
}

/** The state after activity at `now`: the same session, or a new one after 30 idle minutes. */
export function touchSession(s: VisitorState, now: number, newId: () => string): VisitorState {
  const idle = now - s.session.lastActiveAt;
  // A clock that jumped back is not a new session; one that jumped far ahead is.
  if (idle <= SESSION_IDLE_MS) {
    return { ...s, session: { ...s.session, lastActiveAt: Math.max(now, s.session.lastActiveAt) } };
  }
  return { ...s, session: { id: newId(), startedAt: now, lastActiveAt: now, prompts: 0 } };
}

const historyOf = (s: VisitorState, id: string): QuestionHistory =>
  s.questions[id] ?? { asks: 0, answers: 0, dismissals: 0 };

/** The state after `prompt` was shown. `keepMs` bounds how far back the log is kept. */
export function recordShown(s: VisitorState, prompt: PromptRecord, keepMs: number): VisitorState {
  const h = historyOf(s, prompt.question);
  const prompts = [...s.prompts, prompt]
    .filter((p) => prompt.at - p.at <= keepMs)
    .slice(-MAX_PROMPTS);
  return {
    ...s,
    session: {
      ...s.session,
      prompts: s.session.prompts + 1,
      lastActiveAt: Math.max(prompt.at, s.session.lastActiveAt),
    },
    lastPromptAt: prompt.at,
    questions: {
      ...s.questions,
      [prompt.question]: { ...h, askedAt: prompt.at, asks: h.asks + 1 },
    },
    qualities: { ...s.qualities, [prompt.quality]: prompt.at },
    prompts,
  };
}

/** The state after `id` was answered at `now`; `complete`: to the end (a survey's last step). */
export function recordAnswered(
  s: VisitorState,
  id: string,
  now: number,
  complete = true,
): VisitorState {
  const h: QuestionHistory = { ...historyOf(s, id), answeredAt: now };
  h.answers++;
  if (complete) h.completedAt = now;
  return { ...s, questions: { ...s.questions, [id]: h } };
}

/** Whether `id` was ever answered to the end on this device (kept until consent is withdrawn). */
export const isCompleted = (s: VisitorState, id: string): boolean =>
  s.questions[id]?.completedAt !== undefined;

/** The state after question `id` was dismissed at `now` (opt-out is kept apart, forever). */
export function recordDismissed(s: VisitorState, id: string, now: number): VisitorState {
  const h = historyOf(s, id);
  return {
    ...s,
    questions: { ...s.questions, [id]: { ...h, dismissedAt: now, dismissals: h.dismissals + 1 } },
  };
}

function isState(v: unknown): v is VisitorState {
  const s = v as VisitorState | undefined;
  return (
    typeof s?.session?.id === 'string' &&
    typeof s.session.lastActiveAt === 'number' &&
    typeof s.questions === 'object' &&
    typeof s.qualities === 'object' &&
    Array.isArray(s.prompts)
  );
}

/** `stored` touched at `now`; a missing or corrupted record starts afresh. */
export function loadedState(stored: unknown, now: number, newId: () => string): VisitorState {
  return isState(stored) ? touchSession(stored, now, newId) : freshState(newId(), now);
}

/** The stored state, touched at `now`. */
export async function loadVisitorState(
  store: KeyValueStore,
  now: number,
  newId: () => string,
): Promise<VisitorState> {
  return loadedState(await store.get<unknown>(STATE_KEY), now, newId);
}

/** Whether an earlier session than this one is remembered (an audience's "returning"). */
export const isReturning = (s: VisitorState): boolean => s.firstSession !== s.session.id;

/** Saves the state for the next page and the other tabs. */
export function saveVisitorState(store: KeyValueStore, s: VisitorState): Promise<void> {
  return store.set(STATE_KEY, s);
}
