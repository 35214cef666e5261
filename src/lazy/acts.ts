/**
 * The act chunk as the core sees it: nothing until a card is about to show, then the chunk,
 * with the card's own code and language fetched beside it rather than after it. A chunk that
 * cannot load rejects this act, and the next act tries again.
 */
import type { ActDeps, Acts } from '../act/entry';
import { languageFor } from '../model/languages';
import { loadAct, loadPack, loadUi } from './chunks';

export function createLazyActs(deps: () => ActDeps, locale: string) {
  let acts: Acts | undefined;
  let loading: Promise<Acts> | undefined;
  let running = 0;
  const load = (): Promise<Acts> => {
    void Promise.all([loadUi(), loadPack(languageFor(locale))]).catch(() => undefined);
    loading ??= loadAct().then(
      (m) => {
        acts = m.createActs(deps());
        return acts;
      },
      (e: unknown) => {
        loading = undefined;
        throw e;
      },
    );
    return loading;
  };
  return {
    /** Runs `run` on the act chunk, loading it first; targeting waits meanwhile. */
    run<T>(run: (a: Acts) => Promise<T>): Promise<T> {
      running++;
      return load()
        .then(run)
        .finally(() => running--);
    },
    /**
     * Fetches the act chunk and the card's code ahead of a likely card. Unlike `run`, it holds
     * nothing back: a prompt that comes due meanwhile still shows.
     */
    prefetch: (): Promise<void> => load().then((a) => a.prefetch()),
    /** An act is under way or a card is on screen: targeting waits. */
    busy: () => running > 0 || !!acts?.busy(),
    /** The loaded acts, if any (nothing to close or tell before they load). */
    get loaded() {
      return acts;
    },
  };
}
