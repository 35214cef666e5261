/**
 * The instant a schedule bound means (DESIGN §2), one rule for the validator and the device: a
 * plain day is read in the device's time zone, `from` its start and `until` its last moment.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
// A full ISO date-time is that instant (device time when it names no zone, as Date.parse reads it).
const ZONED = /(Z|[+-]\d{2}:\d{2})$/;
const HOUR = 3600_000;

/**
 * Milliseconds since the epoch, inclusive on both sides; NaN for text that is not a date.
 *
 * @example
 * scheduleBound('2027-01-31', 'until'); // 23:59:59.999 on 31 January, device time
 */
export function scheduleBound(text: string, side: 'from' | 'until'): number {
  const m = DAY.exec(text);
  if (!m) return Date.parse(text);
  const next = side === 'until' ? 1 : 0;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + next).getTime();
  return side === 'until' ? start - 1 : start;
}

/**
 * Whether no device anywhere could ever be inside the window. Bounds of one kind compare the
 * same in every zone; a plain bound against a zoned one depends on the device's zone, so it is
 * empty only if it is empty from UTC+14 to UTC−12 (a config valid on one device is valid on all).
 *
 * @example
 * emptyWindow({ from: '2026-12-01T06:00Z', until: '2026-12-01T01:00Z' }); // true
 */
export function emptyWindow(s: { from?: string; until?: string }): boolean {
  if (s.from === undefined || s.until === undefined) return false;
  const fromZoned = ZONED.test(s.from);
  const untilZoned = ZONED.test(s.until);
  if (fromZoned === untilZoned)
    return scheduleBound(s.from, 'from') > scheduleBound(s.until, 'until');
  // Read the plain bound as if the device were in UTC, then at its widest possible offset.
  const utc = (text: string, side: 'from' | 'until') => {
    const local = scheduleBound(text, side);
    return local - new Date(local).getTimezoneOffset() * 60_000;
  };
  const from = fromZoned ? Date.parse(s.from) : utc(s.from, 'from') - 14 * HOUR;
  const until = untilZoned ? Date.parse(s.until) : utc(s.until, 'until') + 12 * HOUR;
  return from > until;
}
