// The bench's reading of a trace (test/bench/trace-figures.ts): which thread is the measured
// page, and what its main-thread time and own script add up to.
import { describe, expect, it } from 'vitest';
import type { TraceEvent } from '../../bench/trace.ts';
import { analyseTrace } from '../../bench/trace-figures.ts';

const ORIGIN = 'http://127.0.0.1:4000';
const widget = (url: string) => new URL(url).pathname.startsWith('/waypoint');

/** Complete event on thread `tid` of process `pid`, `ts` and `dur` in ms. */
const task = (
  pid: number,
  ts: number,
  dur: number,
  name = 'RunTask',
  url?: string,
): TraceEvent => ({
  name,
  ph: 'X',
  ts: ts * 1000,
  dur: dur * 1000,
  pid,
  tid: pid,
  args: url ? { data: { url } } : undefined,
});
const mainThread = (pid: number): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  ts: 0,
  pid,
  tid: pid,
  args: { name: 'CrRendererMain' },
});
const parse = (pid: number, ts: number, url: string): TraceEvent => ({
  ...task(pid, ts, 1, 'ParseHTML'),
  args: { beginData: { url } },
});

describe('analyseTrace', () => {
  it("counts only the renderer that parsed the measured page, not the warm-up page's old one", () => {
    const events = [
      mainThread(1),
      mainThread(2),
      // The warm-up page's renderer, still unloading: its widget runs a page-hide handler.
      task(1, 0, 30),
      task(1, 5, 10, 'FunctionCall', `${ORIGIN}/waypoint.js`),
      // The measured page's new renderer.
      task(2, 10, 20),
      parse(2, 11, `${ORIGIN}/idle.html`),
      task(2, 40, 12),
      task(2, 41, 6, 'EvaluateScript', `${ORIGIN}/waypoint.js`),
    ];
    const figures = analyseTrace(events, ORIGIN, widget);
    expect(figures.mainThreadMs).toBe(32);
    expect(figures.ownScriptMs).toBe(6);
    expect(figures.longestWidgetTaskMs).toBe(12);
  });

  it('leaves out a renderer of another origin (the fresh profile’s about:blank)', () => {
    const events = [
      mainThread(1),
      mainThread(2),
      task(1, 0, 50),
      parse(1, 1, 'about:blank'),
      task(2, 60, 8),
      parse(2, 61, `${ORIGIN}/blank.html`),
    ];
    expect(analyseTrace(events, ORIGIN, widget).mainThreadMs).toBe(8);
  });

  it('counts module evaluation and microtasks (no URL of their own) as the widget’s script', () => {
    const events = [
      mainThread(1),
      task(1, 0, 5),
      parse(1, 1, `${ORIGIN}/idle.html`),
      task(1, 10, 40),
      task(1, 11, 4, 'v8.compileModule', `${ORIGIN}/waypoint-validate.x1y2z3.js`),
      task(1, 15, 20, 'v8.evaluateModule'),
      task(1, 60, 10),
      task(1, 61, 6, 'RunMicrotasks'),
    ];
    const figures = analyseTrace(events, ORIGIN, widget);
    expect(figures.ownScriptMs).toBe(30);
    expect(figures.phases.evaluateMs).toEqual({ 'waypoint-validate.js': 24 });
  });

  it("does not make the browser's navigation the widget's long task (the last page's pagehide runs in it)", () => {
    // The same renderer: the warm-up page's pagehide handler (ours, 2 ms) runs inside the task
    // that commits the measured page's navigation (60 ms of the browser's work).
    const events = [
      mainThread(1),
      task(1, 0, 60),
      task(1, 5, 2, 'FunctionCall', `${ORIGIN}/waypoint-runtime.a1b2c3.js`),
      task(1, 5.5, 1, 'RunMicrotasks'),
      task(1, 20, 35, 'DocumentLoader::CommitNavigation'),
      parse(1, 40, `${ORIGIN}/idle.html`),
      task(1, 100, 30),
      task(1, 101, 25, 'EvaluateScript', `${ORIGIN}/waypoint.js`),
    ];
    const figures = analyseTrace(events, ORIGIN, widget);
    expect(figures.longestWidgetTaskMs).toBe(30);
    expect(figures.widgetLongTasks).toBe(0);
    expect(figures.ownScriptMs).toBe(27);
  });

  it('still counts a long widget script inside the navigation task as a long task', () => {
    const events = [
      mainThread(1),
      task(1, 0, 120),
      task(1, 5, 70, 'FunctionCall', `${ORIGIN}/waypoint-runtime.a1b2c3.js`),
      task(1, 80, 35, 'DocumentLoader::CommitNavigation'),
      parse(1, 90, `${ORIGIN}/idle.html`),
    ];
    const figures = analyseTrace(events, ORIGIN, widget);
    expect(figures.longestWidgetTaskMs).toBe(70);
    expect(figures.widgetLongTasks).toBe(1);
  });
});
