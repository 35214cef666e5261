export type { Plural, Strings } from './en';
export { fill, fillNodes, list, plural } from './format';
export { stringsFor, UI_LOCALES } from './locales';
