import { describe, expect, it } from 'vitest';
import {
  daysSinceFirstSeen,
  enterStage,
  JOURNEY_KEY,
  loadJourney,
} from '../../../src/journey/memory';
import { createJourneyRecorder } from '../../../src/journey/recorder';
import { createMemoryStore } from '../../../src/storage/memory';

const DAY = 86_400_000;

describe('journey memory', () => {
  it.each([
    [{ firstSeen: 0, lastSeen: 0, stagesSeen: [] }, 'aware', ['aware']],
    [{ firstSeen: 0, lastSeen: 0, stagesSeen: ['aware'] }, 'use', ['aware', 'use']],
    [{ firstSeen: 0, lastSeen: 0, stagesSeen: ['aware', 'use'] }, 'aware', ['aware', 'use']],
  ])('enterStage(%j, %s) remembers %j in first-entered order', (j, stage, seen) => {
    expect(enterStage(j, stage, 5).stagesSeen).toEqual(seen);
  });

  it.each([
    [0, 0, 0],
    [0, DAY - 1, 0],
    [0, 12 * DAY + 5, 12],
    [10 * DAY, 0, 0], // the clock moved back: never negative
  ])('first seen at %d, now %d → %d days', (first, now, days) => {
    expect(daysSinceFirstSeen({ firstSeen: first, lastSeen: first, stagesSeen: [] }, now)).toBe(
      days,
    );
  });

  it('keeps first and last time as stages are entered', () => {
    const j = enterStage(
      enterStage(
        enterStage({ firstSeen: 100, lastSeen: 100, stagesSeen: [] }, 'aware', 100),
        'use',
        900,
      ),
      'aware',
      1000,
    );
    expect(j).toEqual({ firstSeen: 100, lastSeen: 1000, stagesSeen: ['aware', 'use'] });
  });

  it('starts afresh from a corrupted record', async () => {
    const store = createMemoryStore();
    await store.set(JOURNEY_KEY, { nonsense: true });
    expect(await loadJourney(store, 7)).toEqual({ firstSeen: 7, lastSeen: 7, stagesSeen: [] });
  });
});

describe('createJourneyRecorder', () => {
  it('loads, enters stages, saves them and reports the context', async () => {
    let now = 1000;
    const store = createMemoryStore();
    const recorder = createJourneyRecorder(
      () => now,
      () => undefined,
    );
    recorder.enter('aware'); // before storage is open: remembered, then saved on attach
    await recorder.attach(store);
    now += 3 * DAY;
    recorder.enter('use');
    expect(recorder.context()).toEqual({ stagesSeen: ['aware', 'use'], daysSinceFirstSeen: 3 });
    await new Promise((r) => setTimeout(r, 0));
    expect(await store.get(JOURNEY_KEY)).toMatchObject({ stagesSeen: ['aware', 'use'] });

    // The next page on this device continues the same journey.
    const next = createJourneyRecorder(
      () => now + DAY,
      () => undefined,
    );
    next.enter('support');
    await next.attach(store);
    expect(next.context()).toEqual({
      stagesSeen: ['aware', 'use', 'support'],
      daysSinceFirstSeen: 4,
    });
  });
});
