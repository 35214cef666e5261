/**
 * Removes contact details and card-like numbers from free-text answers before they are stored
 * (DESIGN §6). Customers paste these without thinking; the site owner never needs them here.
 */
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// 13–19 digits with optional spaces or dashes between groups: payment-card shaped.
const CARD = /\b(?:\d[ -]?){12,18}\d\b/g;
// An optional +country code, then 7+ digits with common separators.
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{1,4}\)[\s.-]?)?\d(?:[\s.-]?\d){6,}/g;

/** `text` with e-mail addresses, card-like and phone-like numbers replaced by placeholders. */
export function scrub(text: string): string {
  return text.replace(EMAIL, '[email]').replace(CARD, '[number]').replace(PHONE, '[phone]');
}
