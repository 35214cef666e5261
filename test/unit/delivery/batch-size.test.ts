// DESIGN §5: batches of at most 64 KB. The bound is on the body as sent: every event with its
// `sentat` stamp, the commas and the brackets of the array, not the sum of stored sizes.
import { describe, expect, it } from 'vitest';
import { BATCH_MAX_BYTES, createFlusher } from '../../../src/delivery/flusher';
import { createQueue } from '../../../src/delivery/queue';
import { byteLength, toJson } from '../../../src/platform/json';
import { createMemoryStore } from '../../../src/storage/memory';
import type { SendResult } from '../../../src/transport/send';
import { makeEvent } from '../helpers/events';

describe('the batch byte limit', () => {
  it('counts sentat and the array framing, so a full batch stays within 64 KB', async () => {
    const q = createQueue(createMemoryStore(), { owner: 'tab' });
    const probe = makeEvent();
    const fixed = byteLength(toJson(probe)) - probe.data.question.text.length;
    // 50 events whose stored sizes sum to just under 64 KB.
    const text = 'x'.repeat(Math.floor((BATCH_MAX_BYTES - 100) / 50) - fixed);
    for (let i = 0; i < 50; i++) await q.append(makeEvent({ text }));
    expect((await q.stats()).bytes).toBeLessThan(BATCH_MAX_BYTES);
    const sizes: number[] = [];
    const send = async (body: string): Promise<SendResult> => {
      sizes.push(byteLength(body));
      return { kind: 'ack', status: 200 };
    };
    const flusher = createFlusher({ queue: q, send, emit: () => undefined });
    await flusher.flush();
    expect(sizes.length).toBeGreaterThan(1);
    for (const s of sizes) expect(s).toBeLessThanOrEqual(BATCH_MAX_BYTES);
    expect((await q.stats()).count).toBe(0);
  });
});
