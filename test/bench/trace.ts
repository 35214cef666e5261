// Records a Chromium trace of one page load through the DevTools protocol. The events are
// returned as a stream only when tracing stops, so nothing crosses the protocol (or keeps the
// bench's own process busy on these two cores) while the page is being measured.
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  id2?: { local?: string; global?: string };
  args?: {
    name?: string;
    fileName?: string;
    data?: { url?: string; fileName?: string; scriptName?: string };
    beginData?: { url?: string };
    animation_frame_script_timing_info?: { source_location_url?: string; invoker_type?: string };
  };
}

/**
 * What DevTools' Performance panel records, minus screenshots and the sampling profiler, plus
 * the scheduler's and IPC's own events (`toplevel`, `mojom`), which name the interface a task
 * delivers (IndexedDB, network) for the phase breakdown.
 */
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'loading',
  'toplevel',
  'mojom',
];

/** Starts tracing; the returned function stops it and resolves with every event. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const complete = new Promise<string>((resolve, reject) =>
      cdp.once('Tracing.tracingComplete', (e) =>
        e.stream ? resolve(e.stream) : reject(new Error('the trace came back without a stream')),
      ),
    );
    await cdp.send('Tracing.end');
    const handle = await complete;
    let text = '';
    // Bounded: a stream ends with eof; 100,000 chunks would be gigabytes.
    for (let i = 0; i < 100_000; i++) {
      const chunk = await cdp.send('IO.read', { handle });
      text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data;
      if (chunk.eof) break;
    }
    await cdp.send('IO.close', { handle });
    const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
    return Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []);
  };
}
