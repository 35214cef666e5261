// DESIGN §6: free text is scrubbed of contact details and card-like numbers before it is stored,
// in every script the widget ships (the `ar` locale brings Arabic-Indic digits), and a near miss
// (a version, an order number, a date, a price) is left alone.
import { describe, expect, it } from 'vitest';
import { scrub } from '../../../src/privacy/scrub';
import { captureEvent, MAX_TEXT } from '../../../src/transport/capture';
import { textAnswer } from '../helpers/capture';

describe('scrub', () => {
  it.each([
    ['mail me at jane.doe+shop@example.co.uk', 'mail me at [email]'],
    ['jane (at) example (dot) com', '[email]'],
    ['jane [at] example [dot] co [dot] uk please', '[email] please'],
    ['JANE (AT) EXAMPLE (DOT) COM', '[email]'],
    ['Jane {At} Example <Dot> com', '[email]'],
    ['card 4111 1111 1111 1111 thanks', 'card [number] thanks'],
    ['card 4111-1111-1111-1111', 'card [number]'],
    ['call +1 (555) 123-4567', 'call [phone]'],
    ['call 555 123 4567 today', 'call [phone] today'],
    ['call 555 - 123 - 4567', 'call [phone]'],
    ['06-12-34-56-78', '[phone]'],
    ['+44 20 7946 0958', '[phone]'],
    ['Arabic-Indic: ٠٥٥٥١٢٣٤٥٦٧', 'Arabic-Indic: [phone]'],
    ['Eastern Arabic-Indic: ۰۵۵۵۱۲۳۴۵۶۷', 'Eastern Arabic-Indic: [phone]'],
    ['full-width ０９０-１２３４-５６７８', 'full-width [phone]'],
    ['بطاقتي ٤١١١ ١١١١ ١١١١ ١١١١', 'بطاقتي [number]'],
    ['IBAN DE89 3704 0044 0532 0130 00', 'IBAN [iban]'],
    ['iban: GB29NWBK60161331926819.', 'iban: [iban].'],
  ])('scrubs %j', (text, expected) => {
    expect(scrub(text)).toBe(expected);
  });

  it.each([
    'version 2.1.3 crashed',
    'order #12345 arrived late',
    'delivered on 2026-11-22 at 14:05',
    'it cost €1,299.99',
    'rated 10/10, would buy again',
    'we met at the cafe (at noon)',
    'look at this dot com boom',
    'DE is great, 89 points',
    'room 101 and 102',
  ])('leaves the near miss %j alone', (text) => {
    expect(scrub(text)).toBe(text);
  });
});

describe('captureEvent and free text', () => {
  it('scrubs before the length cap, so placeholders never push an answer past it', () => {
    const value = 'a@b.co '.repeat(Math.floor(MAX_TEXT / 7));
    const e = captureEvent(textAnswer(value, value));
    expect(String(e.data.answer?.value).length).toBeLessThanOrEqual(MAX_TEXT);
    expect(String(e.data.answer?.followUp).length).toBeLessThanOrEqual(MAX_TEXT);
  });

  it('never leaves half a number at the cut', () => {
    // A cut at 10,000 leaves "4111 11".
    const value = `${'x'.repeat(MAX_TEXT - 8)} 4111 1111 1111 1111`;
    const e = captureEvent(textAnswer(value));
    expect(String(e.data.answer?.value)).not.toMatch(/\d/);
  });
});
