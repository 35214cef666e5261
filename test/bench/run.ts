// `npm run bench`: prints the bundle sizes and a few throughput figures. Figures only: speed
// and size are never asserted in unit tests.
import { parseConfig } from '../../src/config/parse';
import { createQueue } from '../../src/queue/queue';
import { createMemoryStore } from '../../src/queue/storage-memory';
import { toJson } from '../../src/transport/json';
import { makeEvent } from '../unit/helpers/events';
import { BUDGETS, measure } from './sizes';

function rate(name: string, iterations: number, fn: () => unknown): void {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  const ms = performance.now() - start;
  console.info(
    `${name.padEnd(40)} ${Math.round((iterations / ms) * 1000).toLocaleString('en')} ops/s`,
  );
}

async function main() {
  console.info('== sizes (bytes)');
  let over = 0;
  for (const file of Object.keys(BUDGETS)) {
    const r = measure(file);
    const flag = r.brotli > r.budget ? '  OVER BUDGET' : '';
    if (flag) over++;
    console.info(
      `${file.padEnd(18)} raw ${r.raw}  gzip ${r.gzip}  brotli ${r.brotli}  (budget ${r.budget})${flag}`,
    );
  }

  console.info('\n== throughput');
  rate('parseConfig (default bank)', 2000, () => parseConfig({ endpoint: 'https://c.example/e' }));
  const event = makeEvent({ text: 'x'.repeat(200) });
  rate('toJson (one answer event)', 20_000, () => toJson(event));
  const queue = createQueue(createMemoryStore(), {
    owner: 'bench',
    limits: { maxEvents: 1e6, maxBytes: 1e9 },
  });
  const start = performance.now();
  for (let i = 0; i < 1000; i++) await queue.append(makeEvent());
  console.info(
    `${'queue.append x1000 (memory store)'.padEnd(40)} ${Math.round(performance.now() - start)} ms`,
  );
  if (over) process.exitCode = 1;
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
