/**
 * The typed events an integrator can listen to (DESIGN §2). A listener that throws is reported
 * on the console and never breaks the widget or the other listeners.
 */

import type { EventName, Listener, WaypointEvents } from './types';

export type {
  AnswerValue,
  ErrorCode,
  EventName,
  Listener,
  WaypointEvents,
} from './types';

export interface Emitter {
  on<K extends EventName>(name: K, fn: Listener<K>): void;
  off<K extends EventName>(name: K, fn: Listener<K>): void;
  emit<K extends EventName>(name: K, payload: WaypointEvents[K]): void;
  clear(): void;
}

/** A small emitter whose listeners cannot hurt each other or the caller. */
export function createEmitter(): Emitter {
  const listeners = new Map<EventName, Set<Listener<EventName>>>();
  return {
    on(name, fn) {
      if (typeof fn !== 'function') return;
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(fn as Listener<EventName>);
    },
    off(name, fn) {
      listeners.get(name)?.delete(fn as Listener<EventName>);
    },
    emit(name, payload) {
      for (const fn of [...(listeners.get(name) ?? [])]) {
        try {
          fn(payload);
        } catch (e) {
          console.error(`[waypoint] a "${name}" listener threw:`, e);
        }
      }
    },
    clear() {
      listeners.clear();
    },
  };
}

/**
 * The instance's `error` reporter. Debug mode echoes each error on the console; `earlier`
 * problems, found before the instance existed, reach the listeners the page adds meanwhile.
 */
export function errorReporter(
  emitter: Emitter,
  debug: boolean,
  earlier: ReadonlyArray<WaypointEvents['error']> = [],
) {
  if (debug) emitter.on('error', (e) => console.warn('[waypoint]', `${e.code}: ${e.message}`));
  if (earlier.length)
    queueMicrotask(() => {
      for (const e of earlier) emitter.emit('error', e);
    });
  return (code: WaypointEvents['error']['code'], message: string) =>
    emitter.emit('error', { code, message });
}
