// The seams to the code a page view does not need until it does, each one dynamic import: the
// npm build leaves them to the app's bundler; the script tag swaps this module for
// `chunks-tag.ts`, which imports the built chunk files from the tag's own base URL.
import type { Language } from '../model/languages';

// The card rides in the act's chunk (the act's entry exports it): importing the card through it
// spares a bundler a facade file and the page its request.
export const loadUi = () => import('../act/entry');
export const loadAct = () => import('../act/entry');
export const loadDelivery = () => import('../delivery/entry');
export const loadValidator = () => import('../config/validate-entry');
export const loadEngine = () => import('../targeting/engine/engine');
export const loadLauncher = () => import('../launcher/entry');
export const loadStorage = () => import('../storage/entry');

const PACKS = {
  en: () => import('../ui/i18n/en'),
  fr: () => import('../ui/i18n/fr'),
  de: () => import('../ui/i18n/de'),
  es: () => import('../ui/i18n/es'),
  ar: () => import('../ui/i18n/ar'),
};
export const loadPack = (lang: Language) => PACKS[lang]().then((m) => m.pack);
