// The act chunk as the core sees it: nothing until a card is about to show, then the chunk
// (the script tag builds the card into it), with the card's language and delivery fetched
// beside it. A chunk that cannot load fails that act, reported as an `error` (and `ask` and
// `render` answer `reason: 'render'`), and the next act tries again.
import type { AskResult } from '../act/ask';
import type { ActDeps, Acts } from '../act/entry';
import type { RenderOptions, RenderResult } from '../act/inline';
import type { Askable } from '../config/resolved';
import { once } from '../contract/once';
import type { ErrorCode } from '../contract/types';
import { languageFor } from '../model/languages';
import { loadAct, loadDelivery, loadPack } from './chunks';

type Report = (code: ErrorCode, message: string) => void;

export function createLazyActs(deps: () => ActDeps, locale: string, error: Report) {
  let acts: Acts | undefined;
  const chunk = once(() => loadAct().then((m) => (acts = m.createActs(deps()))));
  let running = 0;
  const load = (): Promise<Acts> => {
    // Everything a card needs, in one wave: the act's chunk (the card rides in it), its
    // language, and delivery for "shown".
    void Promise.all([loadPack(languageFor(locale)), loadDelivery()]).catch(() => undefined);
    return chunk.get();
  };
  /** Runs `act` on the act chunk, loading it first; targeting waits meanwhile. */
  function run<T>(act: (a: Acts) => Promise<T>): Promise<T> {
    running++;
    return load()
      .then(act)
      .finally(() => running--);
  }
  /** `gone`: what waited for the card (the launcher's tab) hears it will not come. */
  const noCard = (e: unknown, gone?: () => void): AskResult => {
    gone?.();
    error('render', `could not load the card: ${String(e)}`);
    return { shown: false, reason: 'render' };
  };
  /** A chunk that could not load is a card that could not be drawn; anything else, an error. */
  const failed = (what: string) => (e: unknown) => {
    if ((e as Error | undefined)?.name === 'ChunkError') return noCard(e);
    error('render', `${what} failed: ${String(e)}`);
    return { shown: false, reason: 'error' } as const;
  };
  /**
   * Fetches the act chunk and the card's code ahead of a likely card. Unlike `run`, it holds
   * nothing back: a prompt that comes due meanwhile still shows.
   */
  const prefetch = () =>
    void load()
      .then((a) => a.prefetch())
      .catch(noCard);
  return {
    run,
    /** Targeting's prompt. */
    show: (q: Askable, trigger: string) => run((a) => a.present(q, trigger)).catch(noCard),
    /** The launcher's click; `closed` hears when its card has gone, or will not come. */
    launch: (item: Askable, closed: () => void) =>
      void run((a) => a.launch(item, closed)).catch((e) => noCard(e, closed)),
    ask: (id: string): Promise<AskResult> => run((a) => a.ask(id)).catch(failed('ask')),
    render: (target: unknown, id: unknown, o?: RenderOptions): Promise<RenderResult> =>
      run((a) => a.render(target, id, o)).catch(failed('render')),
    prefetch,
    /** A card is likely soon: fetched at idle, so it never competes with the page's loading. */
    soon(win: Pick<Window, 'requestIdleCallback'> | undefined): void {
      if (win?.requestIdleCallback) win.requestIdleCallback(prefetch);
      else setTimeout(prefetch);
    },
    /** An act is under way or a card is on screen: targeting waits. */
    busy: () => running > 0 || !!acts?.busy(),
    /** The loaded acts, if any (nothing to close or tell before they load). */
    get loaded() {
      return acts;
    },
  };
}
