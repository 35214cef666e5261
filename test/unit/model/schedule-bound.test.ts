// The instant a schedule bound means, and whether a window is empty: one rule for the
// validator and the device, table-driven, in more than one device time zone.
import { afterEach, describe, expect, it } from 'vitest';
import { emptyWindow, scheduleBound } from '../../../src/model/schedule-bound';

const zone = process.env.TZ;
afterEach(() => {
  process.env.TZ = zone;
});

describe('scheduleBound', () => {
  it.each<[string, string, 'from' | 'until', string, number]>([
    ['a plain "from" is local midnight', 'UTC', 'from', '2026-12-01', Date.UTC(2026, 11, 1)],
    [
      'a plain "from" in Tokyo',
      'Asia/Tokyo',
      'from',
      '2026-12-01',
      Date.UTC(2026, 11, 1) - 9 * 3600_000,
    ],
    [
      'a plain "until" is the last moment of that day',
      'UTC',
      'until',
      '2026-12-01',
      Date.UTC(2026, 11, 2) - 1,
    ],
    [
      'a plain "until" in New York',
      'America/New_York',
      'until',
      '2026-12-01',
      Date.UTC(2026, 11, 2) + 5 * 3600_000 - 1,
    ],
    [
      'a date-time with a zone is that instant',
      'Asia/Tokyo',
      'from',
      '2026-12-01T10:00+05:00',
      Date.UTC(2026, 11, 1, 5),
    ],
    ['"Z" is UTC', 'America/New_York', 'until', '2026-12-01T06:00Z', Date.UTC(2026, 11, 1, 6)],
    [
      'a date-time without a zone is device time',
      'Asia/Tokyo',
      'from',
      '2026-12-01T10:00',
      Date.UTC(2026, 11, 1, 1),
    ],
  ])('%s', (_name, tz, side, text, expected) => {
    process.env.TZ = tz;
    expect(scheduleBound(text, side)).toBe(expected);
  });

  it('is NaN for text that is not a date', () => {
    expect(scheduleBound('soon', 'from')).toBeNaN();
  });
});

describe('emptyWindow', () => {
  it.each<[string, string, string, boolean]>([
    ['a time on the last day', '2026-12-01T10:00', '2026-12-01', false],
    ['offsets compared as instants', '2026-12-01T10:00+05:00', '2026-12-01T06:00Z', false],
    ['an hour that ends before it starts', '2026-12-01T06:00Z', '2026-12-01T01:00Z', true],
    ['one day', '2026-12-01', '2026-12-01', false],
    ['days the wrong way round', '2027-01-02', '2027-01-01', true],
    ['the day before a zoned start, somewhere on Earth', '2026-12-01T06:00Z', '2026-11-30', false],
    ['two days before a zoned start, nowhere', '2026-12-03T00:00Z', '2026-12-01', true],
    ['a zoned end late on a plain start day', '2026-12-01', '2026-11-30T23:00Z', false],
  ])('%s: %s → %s', (_name, from, until, expected) => {
    for (const tz of ['UTC', 'Pacific/Kiritimati', 'Etc/GMT+12', 'America/New_York']) {
      process.env.TZ = tz;
      expect([tz, emptyWindow({ from, until })]).toEqual([tz, expected]);
    }
  });
});
