// The card's records go from the act to delivery with where and who they come from, and a
// flush never runs after `destroy` or without consent.
import { describe, expect, it, vi } from 'vitest';
import { cardRecording, type Where } from '../../../src/act/record';
import type { Sender } from '../../../src/delivery/sender';

const where: Where = {
  stage: 'use',
  page: '/account',
  session: 's1',
  visitor: 'v1',
  journey: { stagesSeen: ['use'], daysSinceFirstSeen: 0 },
  user: undefined,
};

function sender() {
  const record = vi.fn(async (m: unknown) => ({
    event: { id: 'e1', m },
    stored: true,
    persisted: true,
  }));
  const flush = vi.fn(async () => ({ sent: 0, failed: 0, remaining: 0 }));
  return { record, delivery: { flush } } as unknown as Sender & {
    record: typeof record;
    delivery: { flush: typeof flush };
  };
}

describe('cardRecording', () => {
  it('records the card moment with where and who, and returns its id', async () => {
    const s = sender();
    const r = cardRecording({
      send: async () => s,
      where: async () => where,
      mayFlush: () => true,
      error: vi.fn(),
    });
    const moment = { type: 'waypoint.answer', trigger: 'stage', text: 'How?' } as never;
    await expect(r.record(moment)).resolves.toEqual({ id: 'e1', stored: true, persisted: true });
    expect(s.record).toHaveBeenCalledWith({ ...(moment as object), ...where });
  });

  it('flushes only when allowed, and reports a delivery that cannot load', async () => {
    const s = sender();
    const error = vi.fn();
    let may = false;
    const r = cardRecording({
      send: async () => s,
      where: async () => where,
      mayFlush: () => may,
      error,
    });
    r.flush();
    await new Promise((done) => setTimeout(done));
    expect(s.delivery.flush).not.toHaveBeenCalled();
    may = true;
    r.flush();
    await vi.waitFor(() => expect(s.delivery.flush).toHaveBeenCalledTimes(1));
    const failing = cardRecording({
      send: () => Promise.reject(new Error('offline')),
      where: async () => where,
      mayFlush: () => true,
      error,
    });
    failing.flush();
    await vi.waitFor(() =>
      expect(error).toHaveBeenCalledWith('render', 'could not load delivery: Error: offline'),
    );
  });
});
