// RELIABILITY §8 and §14: a record expires only after 30 days and three real failed sends. A
// clock jump plus a short outage must not empty the queue: failures while the browser is
// offline do not count, and at most one failure counts per hour of elapsed time.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFlusher } from '../../../src/delivery/flusher';
import { createQueue } from '../../../src/delivery/queue';
import { createMemoryStore } from '../../../src/storage/memory';
import type { SendResult } from '../../../src/transport/send';
import { makeEvent } from '../helpers/events';

const DAY = 86_400_000;
const HOUR = 3_600_000;
const LIMIT = { maxEvents: 50, maxBytes: 64 * 1024 };
const failing = async (): Promise<SendResult> => ({ kind: 'retry', status: 503, reason: '503' });

describe('expiry', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps everything through three failures seconds after a +31-day clock jump', async () => {
    let t = Date.UTC(2026, 10, 1);
    const q = createQueue(createMemoryStore(), { owner: 'tab', now: () => t });
    const e = makeEvent();
    await q.append(e);
    t += 31 * DAY; // the device clock jumps
    for (let i = 0; i < 3; i++) {
      await q.lease(LIMIT, 30_000);
      await q.release([e.id], true);
      t += 5000;
    }
    expect(await q.expire()).toEqual([]);
    expect((await q.stats()).count).toBe(1);
  });

  it('still expires a record that really failed over hours, 30 days on', async () => {
    let t = Date.UTC(2026, 10, 1);
    const q = createQueue(createMemoryStore(), { owner: 'tab', now: () => t });
    const e = makeEvent();
    await q.append(e);
    t += 31 * DAY;
    for (let i = 0; i < 3; i++) {
      await q.lease(LIMIT, 30_000);
      await q.release([e.id], true);
      t += HOUR;
    }
    expect(await q.expire()).toEqual([e.id]);
  });

  it('does not count failures while the browser says it is offline', async () => {
    const q = createQueue(createMemoryStore(), { owner: 'tab' });
    await q.append(makeEvent());
    let offline = true;
    const flusher = createFlusher({
      queue: q,
      send: failing,
      emit: () => undefined,
      random: () => 0.5,
      isOffline: () => offline,
    });
    await flusher.flush({ force: true });
    vi.setSystemTime(Date.now() + 2 * HOUR);
    await flusher.flush({ force: true });
    expect((await q.lease(LIMIT, 30_000))[0]?.attempts).toBe(0);
    offline = false;
    flusher.stop();
  });
});

describe('expiry when the clock jumps back and forth during an outage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts one failure for seconds of real trying, whatever the wall clock says', async () => {
    let offset = -30 * DAY; // the device clock is a month behind
    const now = () => Date.now() + offset;
    const q = createQueue(createMemoryStore(), { owner: 'tab', now });
    const e = makeEvent();
    await q.append(e);
    const flusher = createFlusher({ queue: q, send: failing, emit: () => undefined, now });
    await flusher.flush({ force: true });
    offset -= DAY; // back another day
    await vi.advanceTimersByTimeAsync(5000);
    await flusher.flush({ force: true });
    offset = 0; // and corrected: now the record looks 30 days old
    await vi.advanceTimersByTimeAsync(5000);
    await flusher.flush({ force: true });
    expect(await q.expire()).toEqual([]);
    expect((await q.lease(LIMIT, 30_000))[0]?.attempts).toBeLessThan(3);
    flusher.stop();
  });

  it('never counts a failure stamped after the clock moved back as hours apart', async () => {
    let t = Date.UTC(2026, 10, 1);
    const q = createQueue(createMemoryStore(), { owner: 'tab', now: () => t });
    const e = makeEvent();
    await q.append(e);
    for (const jump of [0, -DAY, 31 * DAY]) {
      t += jump;
      await q.lease(LIMIT, 30_000);
      await q.release([e.id], true);
    }
    expect((await q.lease(LIMIT, 30_000))[0]?.attempts).toBe(2);
  });
});
