// `npm run bench` (never part of `npm test`): the widget beside a naive floor card, Sentry's and
// PostHog's widgets in real Chromium, first and repeat views against a blank page, and the npm
// entry in a real Vite build. Exits 0 whether or not targets are met: non-zero is a broken bench.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../browser/chromium.ts';
import { type AnswerFigures, measureAnswer } from './answer.ts';
import { CPU_THROTTLE } from './chromium-metrics.ts';
import { type LoadFigures, measureLoad, SETTLE_MS } from './measure-load.ts';
import { preparePeers } from './peers.ts';
import { flushAtScale, inputLatency } from './queue-scale.ts';
import { render } from './report.ts';
import { RUNS, roundOrder, SCENARIOS, VIEWS, type View } from './scenarios.ts';
import { REPO_ROOT, startBenchServer } from './server.ts';
import { distScripts, measure } from './sizes.ts';
import { type Loads, type Measured, summarise } from './summary.ts';
import { throughput } from './throughput.ts';
import { type Summaries, verdicts } from './verdicts.ts';
import { measureViteEntry } from './vite-entry.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const ANSWERS = Number(process.env.BENCH_ANSWERS ?? 7);
const QUEUED = Number(process.env.BENCH_QUEUED ?? 10_000);
const OUT = join(REPO_ROOT, 'test-results/bench.json');
/** `BENCH_ONLY=queue`: only the queue at scale and the input latency, printed, nothing written. */
const ONLY = process.env.BENCH_ONLY;

/** Other work on the machine skews every figure: printed at start and end so a reader can tell. */
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' / ');

const log = (message: string) =>
  console.info(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

async function userAgent(): Promise<string> {
  const browser = await launch();
  try {
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    return await page.evaluate(() => navigator.userAgent);
  } finally {
    await browser.close();
  }
}

/** The queue figures alone, without the peers and the page loads (minutes shorter). */
async function queueOnly(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  try {
    const server = await startBenchServer(join(tmp, 'events.db'), {});
    try {
      log(`load average (1 / 5 / 15 min) ${load()} on ${availableParallelism()} cores`);
      const flush = await flushAtScale(server, QUEUED);
      log(`queue of ${QUEUED} done`);
      const latency = await inputLatency(server, QUEUED);
      log(`input latency done; load average ${load()}`);
      console.info(JSON.stringify({ flush, latency }, null, 2));
    } finally {
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  if (ONLY === 'queue') return queueOnly();
  if (ONLY !== undefined) throw new Error(`BENCH_ONLY=${ONLY}: only "queue" is known`);
  const started = performance.now();
  const sizes = distScripts().map(measure);
  const nodeThroughput = await throughput(); // before any browser starts: this process alone
  const vite = await measureViteEntry();
  log(`Vite npm entry built: +${vite.eagerCost} B gzip eager`);
  const tmp = mkdtempSync(join(tmpdir(), 'waypoint-bench-'));
  try {
    const peers = await preparePeers(tmp);
    const server = await startBenchServer(join(tmp, 'events.db'), peers.mounts);
    try {
      const ua = await userAgent(); // also warms the disk cache before the first measured load
      const loadAtStart = load();
      log(`load average (1 / 5 / 15 min) ${loadAtStart} on ${availableParallelism()} cores`);
      log(
        `${ua}; CPU throttle ${CPU_THROTTLE}×; ${ROUNDS} rounds of ${SCENARIOS.length} scenarios × ${VIEWS.length} views`,
      );
      const empty = (): Loads =>
        Object.fromEntries(SCENARIOS.map((s) => [s.id, [] as LoadFigures[]])) as Loads;
      const loads: Record<View, Loads> = { first: empty(), repeat: empty() };
      for (let round = 0; round < ROUNDS; round++) {
        for (const { scenario, view } of roundOrder(RUNS, round)) {
          const figures = await measureLoad(server.url, scenario, view).catch((e: unknown) => {
            throw new Error(`${scenario.id} (${view} view), round ${round + 1}: ${String(e)}`);
          });
          loads[view][scenario.id].push(figures);
        }
        log(`round ${round + 1}/${ROUNDS} done`);
      }
      const answers: AnswerFigures[] = [];
      for (let i = 0; i < ANSWERS; i++) answers.push(await measureAnswer(server.url));
      log(`${ANSWERS} answers done`);
      const flush = await flushAtScale(server, QUEUED);
      log(`queue of ${QUEUED} done`);
      const latency = await inputLatency(server, QUEUED);
      log('input latency done');

      const measured: Measured = {
        sizes,
        throughput: nodeThroughput,
        loads,
        answers,
        vite,
        flush,
        latency,
      };
      const summary: Summaries = { first: summarise(loads.first), repeat: summarise(loads.repeat) };
      const rows = verdicts(measured, summary);
      const loadAtEnd = load();
      log(`load average ${loadAtEnd}`);
      console.info(`\n${peers.notes.map((n) => `   ${n}`).join('\n')}\n`);
      console.info(render(measured, summary, rows));
      const seconds = (performance.now() - started) / 1000;
      mkdirSync(join(REPO_ROOT, 'test-results'), { recursive: true });
      const meta = {
        date: new Date().toISOString(),
        userAgent: ua,
        cpuThrottle: CPU_THROTTLE,
        rounds: ROUNDS,
        settleMs: SETTLE_MS,
        seconds,
        loadAverage: { start: loadAtStart, end: loadAtEnd, cores: availableParallelism() },
        peers: peers.notes,
      };
      writeFileSync(
        OUT,
        `${JSON.stringify({ meta, summary, verdicts: rows, measured }, null, 2)}\n`,
      );
      console.info(`\nWrote ${OUT.slice(REPO_ROOT.length + 1)} in ${seconds.toFixed(0)} s.`);
    } finally {
      await server.close();
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error('[bench] the bench itself failed:', error);
  process.exitCode = 1;
});
