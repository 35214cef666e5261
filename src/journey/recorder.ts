/**
 * Keeps the visitor's journey on the device as the stage changes: loaded once storage may be
 * used, updated and saved on every stage entered, and read into each event's context.
 */
import type { KeyValueStore } from '../storage/store';
import { daysSinceFirstSeen, enterStage, JOURNEY_KEY, type Journey, loadJourney } from './memory';

export interface JourneyRecorder {
  /** Loads the stored journey and adds the stages entered so far on this page. */
  attach(store: KeyValueStore): Promise<void>;
  /** Enters `stage`; saved in the background once attached (failures go to `onError`). */
  enter(stage: string | undefined): void;
  /** Consent was withdrawn: nothing more is saved, and the journey in memory is forgotten. */
  detach(): void;
  /** The journey as sent in `context.journey`. */
  context(): { stagesSeen: string[]; daysSinceFirstSeen: number };
}

/**
 * @example
 * const journey = createJourneyRecorder(Date.now, (e) => report(e));
 * journey.enter('use');
 * await journey.attach(store);
 * journey.context(); // { stagesSeen: ['aware', 'use'], daysSinceFirstSeen: 12 }
 */
export function createJourneyRecorder(
  now: () => number,
  onError: (e: unknown) => void,
): JourneyRecorder {
  let store: KeyValueStore | undefined;
  let journey: Journey | undefined;
  // Stages entered before storage may be opened (loading, or waiting for consent).
  const early: string[] = [];
  return {
    async attach(s) {
      let j = await loadJourney(s, now());
      for (const stage of early.splice(0)) j = enterStage(j, stage, now());
      store = s;
      journey = j;
      await s.set(JOURNEY_KEY, j);
    },
    enter(stage) {
      if (!stage) return;
      if (!store || !journey) {
        early.push(stage);
        return;
      }
      journey = enterStage(journey, stage, now());
      store.set(JOURNEY_KEY, journey).catch(onError);
    },
    detach() {
      store = undefined;
      journey = undefined;
    },
    context() {
      const j = journey ?? { firstSeen: now(), lastSeen: now(), stagesSeen: [] };
      return { stagesSeen: j.stagesSeen, daysSinceFirstSeen: daysSinceFirstSeen(j, now()) };
    },
  };
}
