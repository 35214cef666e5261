// A flush says when it has emptied the queue, once, with a mark taken before it looked; and the
// whole-queue count behind that runs once per flush, not once per batch (a 10,000-event flush
// was quadratic while every `sent` counted what was left).
import { describe, expect, it, vi } from 'vitest';
import { createFlusher } from '../../../src/delivery/flusher';
import { createQueue } from '../../../src/delivery/queue';
import { createMemoryStore } from '../../../src/storage/memory';
import { classify } from '../../../src/transport/send';
import { makeEvent } from '../helpers/events';

async function setup(count: number, status = 200) {
  const queue = createQueue(createMemoryStore(), { owner: 'tab' });
  for (let i = 0; i < count; i++) await queue.append(makeEvent());
  const realStats = queue.stats.bind(queue);
  const order: string[] = [];
  const stats = vi.spyOn(queue, 'stats').mockImplementation(() => {
    order.push('count');
    return realStats();
  });
  const onIdle = vi.fn();
  const idleMark = async () => {
    order.push('mark');
    return onIdle;
  };
  let clock = 1_000;
  const flusher = createFlusher({
    queue,
    send: async () => classify(status),
    emit: () => undefined,
    now: () => clock++,
    random: () => 0.5,
    idleMark,
  });
  return { queue, stats, onIdle, flusher, order };
}

describe('the flusher going idle', () => {
  it('says so once, after the last batch, with a mark taken before it looked', async () => {
    const { stats, onIdle, flusher, order } = await setup(230); // five batches
    expect(await flusher.flush()).toEqual({ state: 'idle', pending: 0 });
    expect(onIdle).toHaveBeenCalledTimes(1);
    expect(order.slice(-2)).toEqual(['mark', 'count']);
    expect(stats.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it('says nothing while records wait', async () => {
    const { onIdle, flusher } = await setup(3, 503);
    expect((await flusher.flush()).state).toBe('waiting');
    expect(onIdle).not.toHaveBeenCalled();
    flusher.stop();
  });

  it('writes no idle stamp once stopped during the flush (consent withdrawn meanwhile)', async () => {
    const { onIdle, flusher, queue, stats } = await setup(0);
    const count = stats.getMockImplementation() ?? queue.stats.bind(queue);
    // Stopped while the flush counts what is left: it must not stamp the queue as drained.
    stats.mockImplementationOnce(async () => {
      flusher.stop();
      return count();
    });
    await flusher.flush();
    expect(onIdle).not.toHaveBeenCalled();
  });
});
