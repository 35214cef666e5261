// The card as the core sees it: nothing until a prompt is about to show, then the card's chunk
// and the page's language chunk together. Delivery readies alongside but is never waited for:
// the card is drawn first. A chunk that cannot load rejects, and a later prompt tries again.
import type { Askable } from '../config/resolved';
import { type Language, languageFor } from '../model/languages';
import type { CardOptions } from '../ui/card';
import type * as Ui from '../ui/entry';
import type { LocalePack } from '../ui/i18n/pack';

type UiCard = ReturnType<(typeof Ui)['createCard']>;

export interface LazyCardOptions extends CardOptions {
  /** Readies delivery alongside, so "shown" is recorded soon after the card is drawn. */
  prepare(): Promise<unknown>;
  /** The core's loaders of the card's chunk and a language chunk (src/lazy/chunks.ts). */
  loadUi(): Promise<typeof Ui>;
  loadPack(lang: Language): Promise<LocalePack>;
}

export function createLazyCard(o: LazyCardOptions) {
  const { loadUi, loadPack } = o;
  let card: UiCard | undefined;
  const load = async () => {
    // Not awaited: a delivery that cannot load fails the record, which reports it.
    o.prepare().catch(() => undefined);
    const [ui, pack] = await Promise.all([loadUi(), loadPack(languageFor(o.locale))]);
    card ??= ui.createCard(o);
    return { card, pack };
  };
  return {
    /** Fetches the card's code ahead of a likely click (the launcher hovered or focused). */
    prefetch: () => Promise.all([loadUi(), loadPack(languageFor(o.locale))]).then(() => undefined),
    async show(item: Askable, trigger: string, onGone?: () => void): Promise<string> {
      const { card, pack } = await load();
      return card.show(item, trigger, pack, onGone);
    },
    async render(target: Element | string, item: Askable): Promise<unknown> {
      const { card, pack } = await load();
      return card.render(target, item, pack);
    },
    /** Draws `item` inline as already answered: nothing is recorded. */
    async renderDone(target: Element | string, item: Askable): Promise<unknown> {
      const { card, pack } = await load();
      return card.renderDone(target, item, pack);
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
