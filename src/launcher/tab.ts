/**
 * The launcher as the core runs it: the tab is drawn once consent allows (DESIGN §6: nothing is
 * shown before), as soon as there is a body to draw it in, and taken away when consent is
 * withdrawn or on `destroy()`.
 */
import type { ResolvedAppearance } from '../config/resolved';
import type { Askable } from '../contract';
import { launcherLabel } from './label';
import { mountLauncher } from './launcher';

export interface TabOptions {
  doc: Document | undefined;
  appearance: ResolvedAppearance;
  locale: string;
  items: readonly Askable[];
  prefetch(): void;
  open(item: Askable): void;
}

export function createLauncherTab(o: TabOptions) {
  const config = o.appearance.launcher;
  const item = config && o.items.find((x) => x.id === config.survey);
  let tab: { remove(): void } | undefined;
  let wanted = false;
  const draw = () => {
    const doc = o.doc;
    if (!wanted || tab || !config || !item || !doc?.body) return;
    tab = mountLauncher(doc, {
      label: launcherLabel(config.label, o.locale),
      position: config.position,
      accent: o.appearance.accent,
      zIndex: o.appearance.zIndex,
      nonce: o.appearance.nonce,
      onIntent: o.prefetch,
      onOpen: () => o.open(item),
    });
  };
  return {
    show(): void {
      wanted = true;
      if (o.doc && !o.doc.body) o.doc.addEventListener('DOMContentLoaded', draw, { once: true });
      else draw();
    },
    hide(): void {
      wanted = false;
      tab?.remove();
      tab = undefined;
    },
  };
}
