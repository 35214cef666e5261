/**
 * Removes contact details and card-like numbers from free-text answers before they are stored
 * (DESIGN §6): customers paste them without thinking, and the site owner never needs them here.
 */

/**
 * Start of a token: the text's start or a character that cannot be part of it. Captured rather
 * than a lookbehind, which older Safari cannot parse; it also keeps the scan linear.
 */
const START = '(^|[^\\p{L}\\p{N}._%+-])';
/** End of a token: no letter or digit follows. */
const END = '(?![\\p{L}\\p{N}])';
/** Between the digits of a phone number: a few spaces, dots or dashes ("555 - 123 - 4567"). */
const SEP = '[\\s.\\-\\u2010-\\u2015]{0,3}';
// Any script's digits: `ar` brings Arabic-Indic ones, Japanese keyboards full-width ones.
const D = '\\p{Nd}';

const EMAIL = new RegExp(
  `${START}[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+`,
  'gu',
);
// "jane (at) example (dot) com", with (), [], {} or <>, in any case.
const OPEN = '\\s*[([{<]\\s*';
const CLOSE = '\\s*[)\\]}>]\\s*';
const SPELLED_EMAIL = new RegExp(
  `${START}[\\p{L}\\p{N}._%+-]+${OPEN}at${CLOSE}[\\p{L}\\p{N}-]+(?:${OPEN}dot${CLOSE}[\\p{L}\\p{N}-]+)+`,
  'giu',
);
// Country, check digits, then groups of four (ISO 13616), printed with or without spaces.
const IBAN = new RegExp(
  `${START}[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?${END}`,
  'gu',
);
// 13–19 digits with optional spaces or dashes between groups: payment-card shaped.
const CARD = new RegExp(`${START}(?:${D}[ -]?){12,18}${D}${END}`, 'gu');
// An optional +country code and (area code), then 7+ digits with common separators.
const PHONE = new RegExp(
  `(?:\\+\\s?${D}{1,3}${SEP})?(?:\\(${D}{1,4}\\)${SEP})?${D}(?:${SEP}${D}){6,}`,
  'gu',
);
/** An ISO date has eight digits and dashes, like a phone number, but names no one. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const keepPrefix = (placeholder: string) => (_m: string, prefix: string) => prefix + placeholder;

/** `text` with e-mail addresses, IBANs, card-like and phone-like numbers as placeholders. */
export function scrub(text: string): string {
  return text
    .replace(EMAIL, keepPrefix('[email]'))
    .replace(SPELLED_EMAIL, keepPrefix('[email]'))
    .replace(IBAN, keepPrefix('[iban]'))
    .replace(CARD, keepPrefix('[number]'))
    .replace(PHONE, (m) => (ISO_DATE.test(m) ? m : '[phone]'));
}
