// The printed report: sizes, node throughput, the scenario tables of the first and the repeat
// view, where each view's main-thread time went, the prompt timings, the Vite npm entry, then
// the verdict rows beside the peers.
import { kb, mib, ms, signedMs } from './format.ts';
import { SCENARIOS, VIEWS, type View } from './scenarios.ts';
import { spread } from './stats.ts';
import { type Measured, pick } from './summary.ts';
import type { Summaries, Verdict } from './verdicts.ts';

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

const TITLE: Record<View, string> = {
  first: "a device's FIRST page view (fresh profile, empty storage and cache)",
  repeat: 'a REPEAT view (the same profile, its second page view)',
};
/** The scenarios measured on a view (a summary has none for the others), blank left out. */
const measured = (sum: Summaries[View]) =>
  SCENARIOS.filter((s) => s.id !== 'blank' && sum[s.id] !== undefined);
const f0 = (n: number) => n.toFixed(0);

function loadsTable(sum: Summaries[View]): string {
  return table(
    [
      'scenario',
      'bytes (brotli)',
      "widget's own script",
      'main thread over blank',
      'longest widget task',
      'heap over blank',
    ],
    measured(sum).map((s) => {
      const x = sum[s.id];
      return [
        x.label,
        kb(x.bytes.median),
        ms(x.ownScriptMs),
        signedMs(x.mainThreadOverBlankMs),
        ms(x.longestWidgetTaskMs),
        mib(x.heapOverBlankBytes),
      ];
    }),
  );
}

function phasesTable(sum: Summaries[View]): string {
  const rows = SCENARIOS.filter((s) => sum[s.id]).map((s) => {
    const p = sum[s.id].phases;
    const evaluate = Object.values(p.evaluateMs).reduce((n, v) => n + v, 0);
    return [
      s.id,
      f0(p.tasks),
      f0(evaluate),
      f0(p.indexedDbMs),
      f0(p.networkMs),
      f0(p.styleLayoutMs),
      f0(p.animationFrameMs),
      f0(p.idleCallbackMs),
      f0(p.microtasksMs),
      f0(p.unattributedMs),
    ];
  });
  const evaluated = SCENARIOS.filter(
    (s) => sum[s.id] && Object.keys(sum[s.id].phases.evaluateMs).length,
  ).map(
    (s) =>
      `   ${s.id}: ${Object.entries(sum[s.id].phases.evaluateMs)
        .filter(([, v]) => v >= 0.5)
        .sort((a, b) => b[1] - a[1])
        .map(([file, v]) => `${file} ${f0(v)} ms`)
        .join(', ')}`,
  );
  return [
    table(
      [
        'phase (median ms)',
        'tasks',
        'compile+evaluate',
        'IndexedDB tasks',
        'network tasks',
        'style+layout',
        'rAF callbacks',
        'idle callbacks',
        'microtasks',
        'unattributed',
      ],
      rows,
    ),
    '   compile + evaluate per script (a module graph under its files):',
    ...evaluated,
  ].join('\n');
}

/** The printed report. */
export function render(m: Measured, sums: Summaries, v: Verdict[]): string {
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
  const p = m.loads.repeat.prompt;
  const prompt = table(
    ['prompt: ask → visible', 'median (min–max)'],
    [
      [
        'first view, asked at load (stub call → card painted)',
        ms(spread(pick(m.loads.first.prompt, (r) => r.coldAskToVisibleMs))),
      ],
      ['repeat view, asked at load', ms(spread(pick(p, (r) => r.coldAskToVisibleMs)))],
      ['repeat view, the same page again (warm cache)', ms(spread(pick(p, (r) => r.warmAtLoadMs)))],
      ['warm cache, asked once the core is ready', ms(spread(pick(p, (r) => r.warmLaterMs)))],
    ],
  );
  const vite = table(
    ['npm entry in a Vite production build (gzip -9)', 'bytes'],
    [
      [
        `React app alone (vite ${m.vite.vite}, react ${m.vite.react}), eager`,
        kb(m.vite.eagerWithout),
      ],
      ['the same + createWaypoint + one render, eager', kb(m.vite.eagerWith)],
      ['eager cost of Waypoint', `+${kb(m.vite.eagerCost)}`],
      ...m.vite.lazy.map((c) => [`   lazy: ${c.file}`, kb(c.gzip)]),
    ],
  );
  const verdictTable = table(
    ['target', 'view', 'Waypoint (median, min–max)', 'floor card', 'Sentry', 'PostHog', 'verdict'],
    v.map((r) => [
      r.target,
      r.view,
      r.measured,
      r.floor,
      r.sentry,
      r.posthog,
      r.met ? 'pass' : 'FAIL',
    ]),
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
    ...VIEWS.flatMap((view) => {
      const sum = sums[view];
      return [
        `== page loads, ${TITLE[view]} (blank page: longest task ${ms(sum.blank.longestTaskMs)})`,
        loadsTable(sum),
        '',
        ...measured(sum).map((s) => `   ${s.id}: ${sum[s.id].files.join(', ')}`),
        '',
        `== where the main thread went, ${view} view`,
        phasesTable(sum),
        '',
      ];
    }),
    prompt,
    '',
    vite,
    '',
    '== targets (first and repeat views, beside the peers of the same run)',
    verdictTable,
  ].join('\n');
}
