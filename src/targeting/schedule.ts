/**
 * Whether now is within a question's or survey's schedule (DESIGN §2). A plain day
 * (`2026-12-01`) is read in the device's own time zone: `from` counts from the start of that
 * day and `until` to its end, so a campaign "until 31 January" still runs on the evening of the
 * 31st wherever the visitor is. A full ISO date-time is that instant.
 */
import type { Schedule } from '../contract';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight at the start of a plain day, `days` later; undefined for a date-time. */
function midnight(text: string, days: number): number | undefined {
  const m = DAY.exec(text);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days).getTime() : undefined;
}

/**
 * @example
 * inSchedule({ from: '2026-12-01', until: '2027-01-31' }, Date.now());
 */
export function inSchedule(s: Schedule | undefined, now: number): boolean {
  if (!s) return true;
  // An unreadable date (an unvalidated config) keeps the question out rather than always in.
  if (s.from !== undefined && !(now >= (midnight(s.from, 0) ?? Date.parse(s.from)))) return false;
  if (s.until === undefined) return true;
  const end = midnight(s.until, 1);
  return end === undefined ? now <= Date.parse(s.until) : now < end;
}
