/**
 * The launcher as the core runs it: drawn once consent allows (DESIGN §6) and the config passed
 * its check, taken away on withdrawal or `destroy()`. Its drawing is a chunk (launcher/entry.ts).
 */
import type { Askable } from '../config/resolved';
import type { Appearance } from '../config/schema';
import type { ErrorCode } from '../contract/types';
import type * as Launcher from './entry';

export interface TabOptions {
  doc: Document | undefined;
  appearance: Appearance;
  locale: string;
  items: readonly Askable[];
  prefetch(): void;
  /** Shows `item`'s card; `closed` is called once it has gone, or could not be shown. */
  open(item: Askable, closed: () => void): void;
  error(code: ErrorCode, message: string): void;
  /** Whether the config passed the schema (the script tag checks it lazily). */
  verified(): Promise<boolean>;
  /** Loads the launcher chunk (the root's loader; tests pass the module itself). */
  load(): Promise<typeof Launcher>;
}

export function createLauncherTab(o: TabOptions) {
  const config = o.appearance.launcher;
  const item = config && o.items.find((x) => x.id === config.survey);
  let tab: { remove(): void } | undefined;
  let loading: Promise<unknown> | undefined;
  let wanted = false;
  const draw = () => {
    const doc = o.doc;
    if (!wanted || tab || loading || !config || !item || !doc?.body) return;
    loading = o
      .verified()
      .then((ok) => (ok ? o.load() : undefined))
      .then((m) => {
        loading = undefined;
        // Hidden (consent withdrawn, destroyed) while the chunk was on its way.
        if (!m || !wanted || tab) return;
        tab = m.mountLauncher(doc, {
          label: m.launcherLabel(config.label, o.locale),
          position: config.position,
          accent: o.appearance.accent,
          zIndex: o.appearance.zIndex,
          nonce: o.appearance.nonce,
          onIntent: o.prefetch,
          onOpen: (closed) => o.open(item, closed),
        });
      })
      // A chunk that cannot load, or a throw while drawing: reported, never rejected unhandled.
      .catch((e: unknown) => {
        loading = undefined;
        o.error('render', `could not show the launcher: ${String(e)}`);
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
