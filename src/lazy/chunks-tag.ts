/**
 * The script tag's version of `chunks.ts`: each seam imports its built chunk (an ES module)
 * from the base URL the tag was loaded from. Under CSP, a dynamic import made by our script
 * inherits its nonce, and `'strict-dynamic'` trusts it.
 */
import chunks, { imports } from 'virtual:waypoint-chunks';
import type * as Act from '../act/entry';
import type * as Validate from '../config/validate-entry';
import type * as Delivery from '../delivery/entry';
import type * as Launcher from '../launcher/entry';
import type { Language } from '../model/languages';
import type * as Storage from '../storage/entry';
import type * as Engine from '../targeting/engine/engine';
import type * as Ui from '../ui/entry';
import type { LocalePack } from '../ui/i18n/pack';
import { importChunk } from './import-chunk';

/** A chunk, with the files it imports fetched beside it: one wave, not one per level. */
function load<T>(file: string | undefined): Promise<T> {
  for (const dep of (file && imports[file]) || []) void importChunk(dep).catch(() => undefined);
  return importChunk<T>(file);
}

// The act and the card it draws are one file (the act's entry exports the card): one import.
export const loadUi = () => load<typeof Ui>(chunks.ui);
export const loadAct = () => load<typeof Act>(chunks.ui);
export const loadDelivery = () => load<typeof Delivery>(chunks.delivery);
export const loadValidator = () => load<typeof Validate>(chunks.validate);
export const loadLauncher = () => load<typeof Launcher>(chunks.launcher);
export const loadEngine = () => load<typeof Engine>(chunks.targeting);
export const loadStorage = () => load<typeof Storage>(chunks.storage);
export const loadPack = (lang: Language) =>
  load<{ pack: LocalePack }>(chunks[lang]).then((m) => m.pack);
/** A chunk by its logical name: the entries' own (the runtime chunk), which this layer does not type. */
export const loadChunk = <T>(name: string) => load<T>(chunks[name]);
