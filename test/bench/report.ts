// The printed report: sizes, node throughput, the scenario table, the prompt timings, then
// the verdict rows.
import { kb, mib, ms, signedMs } from './format.ts';
import { SCENARIOS, type ScenarioId } from './scenarios.ts';
import { spread } from './stats.ts';
import { type Measured, pick, type ScenarioSummary } from './summary.ts';
import type { Verdict } from './verdicts.ts';

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** The printed report: sizes, the scenario table, the prompt timings, then the verdicts. */
export function render(
  m: Measured,
  sum: Record<ScenarioId, ScenarioSummary>,
  v: Verdict[],
): string {
  const sizes = table(
    ['file', 'raw', 'gzip', 'brotli', 'budget'],
    m.sizes.map((r) => [
      r.file,
      String(r.raw),
      String(r.gzip),
      String(r.brotli),
      r.budget === undefined ? '—' : `${r.budget}${r.brotli > r.budget ? ' OVER' : ''}`,
    ]),
  );
  const scenarios = table(
    [
      'scenario',
      'main thread over blank',
      "widget's own script",
      'longest task',
      'heap over blank',
      'bytes (brotli)',
    ],
    SCENARIOS.filter((s) => s.id !== 'blank').map((s) => {
      const x = sum[s.id];
      return [
        x.label,
        signedMs(x.mainThreadOverBlankMs),
        ms(x.ownScriptMs),
        ms(x.longestWidgetTaskMs),
        mib(x.heapOverBlankBytes),
        kb(x.bytes.median),
      ];
    }),
  );
  const blank = sum.blank;
  const p = m.loads.prompt;
  const prompt = table(
    ['prompt: ask → visible', 'median (min–max)'],
    [
      [
        'cold, asked at load (stub call → card painted)',
        ms(spread(pick(p, (r) => r.coldAskToVisibleMs))),
      ],
      ['warm cache, asked at load', ms(spread(pick(p, (r) => r.warmAtLoadMs)))],
      ['warm cache, asked once the core is ready', ms(spread(pick(p, (r) => r.warmLaterMs)))],
    ],
  );
  const verdictTable = table(
    ['target', 'measured (median, min–max)', 'verdict'],
    v.map((r) => [r.target, r.measured, r.met ? 'met' : 'NOT MET']),
  );
  return [
    '== sizes (bytes; budgets are brotli)',
    sizes,
    '',
    '== node throughput (no browser)',
    table(
      ['function', 'figure'],
      m.throughput.map((r) => [r.name, r.figure]),
    ),
    '',
    `== page loads (blank page: longest task ${ms(blank.longestTaskMs)}, the page's own start-up)`,
    scenarios,
    '',
    ...SCENARIOS.filter((s) => s.id !== 'blank').map(
      (s) => `   ${s.id}: ${sum[s.id].files.join(', ')}`,
    ),
    '',
    prompt,
    '',
    '== targets (issue 11)',
    verdictTable,
  ].join('\n');
}
