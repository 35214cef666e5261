/**
 * The card as the core sees it: nothing until a prompt is about to show, then the card's chunk
 * and the page's language chunk, loaded together (and delivery readied alongside, so "shown" is
 * recorded without a wait). A chunk that cannot load rejects `show` and `render`: the caller
 * reports it as an `error` (code `render`) and a later prompt tries again.
 */
import type { Askable } from './contract';
import { loadPack, loadUi } from './lazy/chunks';
import { languageFor } from './model/languages';
import type { CardOptions } from './ui/card';

type UiCard = ReturnType<Awaited<ReturnType<typeof loadUi>>['createCard']>;

export function createLazyCard(o: CardOptions & { prepare(): Promise<unknown> }) {
  let card: UiCard | undefined;
  const load = async () => {
    const [ui, pack] = await Promise.all([loadUi(), loadPack(languageFor(o.locale)), o.prepare()]);
    card ??= ui.createCard(o);
    return { card, pack };
  };
  return {
    /** Fetches the card's code ahead of a likely click (the launcher hovered or focused). */
    prefetch: () => Promise.all([loadUi(), loadPack(languageFor(o.locale))]).then(() => undefined),
    async show(item: Askable, trigger: string): Promise<string> {
      const { card, pack } = await load();
      return card.show(item, trigger, pack);
    },
    async render(target: Element | string, item: Askable): Promise<unknown> {
      const { card, pack } = await load();
      return card.render(target, item, pack);
    },
    closeInline: () => card?.closeInline(),
    close: () => card?.close(),
    get isOpen() {
      return card?.isOpen ?? false;
    },
    engaged: () => card?.engaged() ?? false,
    delivered: (ids: string[]) => card?.delivered(ids),
  };
}
