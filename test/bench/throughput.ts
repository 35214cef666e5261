// Node-side throughput of the hot pure functions (no browser): config parsing, event JSON and
// queue appends on the memory store. Kept from the first bench; cheap, and the README cites it.
import { parseConfig } from '../../src/config/parse.ts';
import { createQueue } from '../../src/delivery/queue.ts';
import { toJson } from '../../src/platform/json.ts';
import { createMemoryStore } from '../../src/storage/memory.ts';
import { makeEvent } from '../unit/helpers/events.ts';

export interface ThroughputRow {
  name: string;
  figure: string;
}

function rate(name: string, iterations: number, fn: () => unknown): ThroughputRow {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  const ms = performance.now() - start;
  return { name, figure: `${Math.round((iterations / ms) * 1000).toLocaleString('en')} ops/s` };
}

/** The three figures, measured in this process. */
export async function throughput(): Promise<ThroughputRow[]> {
  const rows = [
    rate('parseConfig (default bank)', 2000, () =>
      parseConfig({ endpoint: 'https://c.example/e' }),
    ),
  ];
  const event = makeEvent({ text: 'x'.repeat(200) });
  rows.push(rate('toJson (one answer event)', 20_000, () => toJson(event)));
  const queue = createQueue(createMemoryStore(), {
    owner: 'bench',
    limits: { maxEvents: 1e6, maxBytes: 1e9 },
  });
  const start = performance.now();
  for (let i = 0; i < 1000; i++) await queue.append(makeEvent());
  rows.push({
    name: 'queue.append x1000 (memory store)',
    figure: `${Math.round(performance.now() - start)} ms`,
  });
  return rows;
}
