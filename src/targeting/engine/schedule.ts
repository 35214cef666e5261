/**
 * Whether now is within a question's or survey's schedule (DESIGN §2). A plain day
 * (`2026-12-01`) is read in the device's own time zone, so a campaign "until 31 January" still
 * runs on the evening of the 31st wherever the visitor is; `scheduleBound` is the one rule.
 */
import type { Schedule } from '../../config/schema';
import { scheduleBound } from '../../model/schedule-bound';

/**
 * @example
 * inSchedule({ from: '2026-12-01', until: '2027-01-31' }, Date.now());
 */
export function inSchedule(s: Schedule | undefined, now: number): boolean {
  if (!s) return true;
  // An unreadable date (NaN, from an unvalidated config) keeps the question out, never always in.
  if (s.from !== undefined && !(now >= scheduleBound(s.from, 'from'))) return false;
  return s.until === undefined || now <= scheduleBound(s.until, 'until');
}
