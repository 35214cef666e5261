// The bench's phase breakdown (test/bench/trace-phases.ts): evaluation per script (a module
// graph under the files compiled for it), IndexedDB and network reply tasks named by their
// IPC interface, style and layout, callbacks, and task time no traced event explains.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/trace.ts';
import { phases, scriptName } from '../../bench/trace-phases.ts';

const ORIGIN = 'http://127.0.0.1:4000';

/** Complete event, `ts` and `dur` in ms. */
const x = (name: string, ts: number, dur: number, more: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid: 1,
  tid: 1,
  cat: 'devtools.timeline',
  ...more,
});
const withUrl = (url: string) => ({ args: { data: { url } } });
/** A mojo IPC event delivering a message of `iface`. */
const ipc = (ts: number, iface: string): TraceEvent =>
  x('Receive mojo message', ts, 0.1, {
    cat: 'toplevel,mojom',
    args: { chrome_mojo_event_info: { mojo_interface_tag: iface } } as TraceEvent['args'],
  });

describe('phases', () => {
  it('puts a module graph’s evaluation under the files compiled for it', () => {
    const p = phases([
      x('RunTask', 0, 50),
      x('EvaluateScript', 1, 20, withUrl(`${ORIGIN}/waypoint.js`)),
      x('RunTask', 100, 60),
      x('v8.compileModule', 101, 1, withUrl(`${ORIGIN}/waypoint-validate.BlwLMrEG.js`)),
      x('v8.compileModule', 102, 1, withUrl(`${ORIGIN}/waypoint-shared.DxXgXtoI.js`)),
      x('v8.evaluateModule', 110, 40),
    ]);
    expect(p.evaluateMs).toEqual({
      'waypoint.js': 20,
      'waypoint-validate.js': 1,
      'waypoint-shared.js': 1,
      'waypoint-validate.js + waypoint-shared.js': 40,
    });
    expect(p.tasks).toBe(2);
  });

  it('counts whole tasks that deliver IndexedDB or network replies, by interface', () => {
    const p = phases([
      x('RunTask', 0, 10),
      ipc(0.5, 'blink.mojom.IDBTransaction'),
      x('FunctionCall', 1, 8, withUrl(`${ORIGIN}/waypoint.js`)),
      x('RunTask', 20, 4),
      ipc(20.5, 'network.mojom.URLLoaderClient'),
      x('RunTask', 30, 3),
      ipc(30.5, 'viz.mojom.CompositorFrameSinkClient'),
    ]);
    expect(p.indexedDbMs).toBe(10);
    expect(p.networkMs).toBe(4);
  });

  it('sums style, layout, callbacks and outermost microtasks', () => {
    const p = phases([
      x('RunTask', 0, 100),
      x('UpdateLayoutTree', 1, 3),
      x('Layout', 5, 4),
      x('FireAnimationFrame', 10, 6),
      x('FireIdleCallback', 20, 7),
      x('RunMicrotasks', 30, 10, { cat: 'v8.execute' }),
      x('RunMicrotasks', 32, 2, { cat: 'v8.execute' }),
    ]);
    expect(p).toMatchObject({
      styleLayoutMs: 7,
      animationFrameMs: 6,
      idleCallbackMs: 7,
      microtasksMs: 10,
    });
  });

  it('calls unattributed the task time that only scheduler and IPC wrappers cover', () => {
    const p = phases([
      x('RunTask', 0, 20),
      x('ThreadControllerImpl::RunTask', 0, 20, { cat: 'toplevel' }),
      x('FunctionCall', 2, 5, withUrl(`${ORIGIN}/waypoint.js`)),
      x('RunTask', 30, 10),
      ipc(30.1, 'blink.mojom.IDBFactory'),
    ]);
    expect(p.unattributedMs).toBe(25);
  });
});

describe('scriptName', () => {
  it.each([
    [`${ORIGIN}/waypoint-ui.Dw9J3zte.js`, 'waypoint-ui.js'],
    [`${ORIGIN}/waypoint.js`, 'waypoint.js'],
    [`${ORIGIN}/static/1.449.2/surveys.js`, 'surveys.js'],
  ])('%s → %s', (url, name) => {
    expect(scriptName(url)).toBe(name);
  });
});
