/**
 * The script tag's version of `chunks.ts`: each seam imports its built chunk (an ES module)
 * from the base URL the tag was loaded from. Under CSP, a dynamic import made by our script
 * inherits its nonce, and `'strict-dynamic'` trusts it.
 */
import chunks from 'virtual:waypoint-chunks';
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

export const loadUi = () => importChunk<typeof Ui>(chunks.ui);
export const loadAct = () => importChunk<typeof Act>(chunks.act);
export const loadDelivery = () => importChunk<typeof Delivery>(chunks.delivery);
export const loadValidator = () => importChunk<typeof Validate>(chunks.validate);
export const loadLauncher = () => importChunk<typeof Launcher>(chunks.launcher);
export const loadEngine = () => importChunk<typeof Engine>(chunks.targeting);
export const loadStorage = () => importChunk<typeof Storage>(chunks.storage);
export const loadPack = (lang: Language) =>
  importChunk<{ pack: LocalePack }>(chunks[lang]).then((m) => m.pack);
