/**
 * The visitor's journey as remembered on this device: which stages they have been in and since
 * when, so each answer carries its place in the whole journey (DESIGN §1).
 */
import { DAY_MS } from '../contract/types';
import { JOURNEY_KEY } from '../storage/keys';
import type { KeyValueStore } from '../storage/store';

export { JOURNEY_KEY };

export interface Journey {
  firstSeen: number;
  lastSeen: number;
  /** Stages seen, in the order first entered. */
  stagesSeen: string[];
}

/** Loads the journey, or starts one at `now`. A corrupted record starts afresh. */
export async function loadJourney(store: KeyValueStore, now: number): Promise<Journey> {
  const j = await store.get<Journey>(JOURNEY_KEY);
  if (j && typeof j.firstSeen === 'number' && Array.isArray(j.stagesSeen)) return j;
  return { firstSeen: now, lastSeen: now, stagesSeen: [] };
}

/** The journey after entering `stage` at `now` (pure; the caller saves it). */
export function enterStage(j: Journey, stage: string, now: number): Journey {
  return {
    firstSeen: Math.min(j.firstSeen, now),
    lastSeen: now,
    stagesSeen: j.stagesSeen.includes(stage) ? j.stagesSeen : [...j.stagesSeen, stage],
  };
}

/** Whole days since the journey began (never negative, even if the clock moved back). */
export function daysSinceFirstSeen(j: Journey, now: number): number {
  return Math.max(0, Math.floor((now - j.firstSeen) / DAY_MS));
}
