/**
 * The card as the core sees it: nothing until a prompt is about to show, then the card's chunk
 * and the page's language chunk, loaded together (and delivery readied alongside, so "shown" is
 * recorded without a wait). A chunk that cannot load rejects `show`: the presenter reports it
 * as an `error` (code `render`) and a later prompt tries again.
 */
import { loadPack, loadUi } from './lazy/chunks';
import { languageFor } from './model/languages';
import type { CardOptions } from './ui/card';

type UiCard = ReturnType<Awaited<ReturnType<typeof loadUi>>['createCard']>;

export function createLazyCard(o: CardOptions & { prepare(): Promise<unknown> }) {
  let card: UiCard | undefined;
  return {
    async show(q: Parameters<UiCard['show']>[0], trigger: string): Promise<string> {
      const [ui, pack] = await Promise.all([
        loadUi(),
        loadPack(languageFor(o.locale)),
        o.prepare(),
      ]);
      card ??= ui.createCard(o);
      return card.show(q, trigger, pack);
    },
    close: () => card?.close(),
    get isOpen() {
      return card?.isOpen ?? false;
    },
    engaged: () => card?.engaged() ?? false,
    delivered: (ids: string[]) => card?.delivered(ids),
  };
}
