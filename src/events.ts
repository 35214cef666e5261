/**
 * The typed events an integrator can listen to (DESIGN §2). A listener that throws is reported
 * on the console and never breaks the widget or the other listeners.
 */

/** Why something failed, as a stable machine-readable code. */
export type ErrorCode =
  | 'config' // a bad remote config or bad input to a command
  | 'storage' // durable storage unavailable or failing; persistence fell back
  | 'queue-full' // the queue is at its bound; no new prompts until it drains
  | 'delivery' // the endpoint rejected events (dead-lettered) or answered with a config error
  | 'consent' // an action was refused because consent is missing or the visitor opted out
  | 'unknown-question' // `ask` named a question that is not in the config
  | 'render'; // the prompt could not be shown

export interface WaypointEvents {
  /** The SDK is set up. `persistence` says whether answers survive a reload. */
  ready: { persistence: 'durable' | 'volatile'; version: string };
  /** The visitor's journey stage changed. */
  stage: { stage: string; previous: string | undefined };
  /** A prompt was shown. */
  shown: { questionId: string; eventId: string; trigger: string };
  /** An answer was stored (durably if `persisted`) and queued for delivery. */
  answer: {
    questionId: string;
    eventId: string;
    value: AnswerValue;
    followUp?: string;
    persisted: boolean;
  };
  /** A prompt was closed without an answer. */
  dismissed: { questionId: string; eventId: string; reason: 'dismiss' | 'escape' | 'opt-out' };
  /** A batch was acknowledged by the endpoint (2xx); these event ids are delivered. */
  sent: { ids: string[]; status: number };
  /** Something went wrong; nothing is swallowed silently. */
  error: { code: ErrorCode; message: string; ids?: string[] };
}

/** An answer: a number (scales), an option id, a list of option ids, `'yes'`/`'no'`, or text. */
export type AnswerValue = number | string | string[];

export type EventName = keyof WaypointEvents;
export type Listener<K extends EventName> = (payload: WaypointEvents[K]) => void;

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
