/**
 * Single-page-app navigation without polling: `pushState` and `replaceState` fire no event, so
 * they are wrapped — once per `History`, however many instances listen — and `popstate` and
 * `hashchange` are listened to. The last listener to leave restores the originals.
 */

type HistoryWindow = Pick<Window, 'history' | 'addEventListener' | 'removeEventListener'>;
type Method = 'pushState' | 'replaceState';

interface Patch {
  listeners: Set<() => void>;
  restore: () => void;
}

const patches = new WeakMap<History, Patch>();

function patch(history: History): Patch {
  const listeners = new Set<() => void>();
  const undo: Array<() => void> = [];
  for (const method of ['pushState', 'replaceState'] as const) {
    // Object.hasOwn is newer than the ES2020 target.
    const own = Object.getOwnPropertyDescriptor(history, method) !== undefined;
    const original = history[method];
    const wrapper = function (this: History, ...args: Parameters<History[Method]>) {
      const result = original.apply(this, args);
      // A listener's failure must never break the host app's navigation.
      for (const fn of [...listeners]) {
        try {
          fn();
        } catch {
          // Reported by the listener's owner; here it only must not escape.
        }
      }
      return result;
    };
    try {
      history[method] = wrapper;
    } catch {
      // A frozen or locked-down History: popstate and hashchange still work.
      continue;
    }
    undo.push(() => {
      // Someone wrapped ours since: leave their wrapper (ours passes calls straight through).
      if (history[method] !== wrapper) return;
      if (own) history[method] = original;
      else delete (history as Partial<History>)[method];
    });
  }
  return {
    listeners,
    restore() {
      for (const u of undo) u();
    },
  };
}

/**
 * Calls `onNavigate` after every history navigation of `win`. Returns a function that stops.
 *
 * @example
 * const stop = watchHistory(window, () => console.info('now at', location.pathname));
 * stop();
 */
export function watchHistory(win: HistoryWindow, onNavigate: () => void): () => void {
  const history = win.history;
  const listener = () => onNavigate();
  let entry = history ? patches.get(history) : undefined;
  if (history && !entry) {
    entry = patch(history);
    patches.set(history, entry);
  }
  entry?.listeners.add(listener);
  win.addEventListener('popstate', listener);
  win.addEventListener('hashchange', listener);
  let stopped = false;
  return () => {
    if (stopped) return;
    stopped = true;
    win.removeEventListener('popstate', listener);
    win.removeEventListener('hashchange', listener);
    const current = history ? patches.get(history) : undefined;
    current?.listeners.delete(listener);
    if (current && current.listeners.size === 0) {
      current.restore();
      patches.delete(history);
    }
  };
}
