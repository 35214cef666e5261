// Audience and schedule eligibility, table-driven: which visitor and which moment each lets in.
import { describe, expect, it } from 'vitest';
import type { Audience, Schedule } from '../../../../src/config/schema';
import { type AudienceFacts, inAudience } from '../../../../src/targeting/engine/audience';
import { eligibility } from '../../../../src/targeting/engine/eligibility';
import { inSchedule } from '../../../../src/targeting/engine/schedule';
import { input, question, WHO } from '../fixtures';

const facts = (over: Partial<AudienceFacts> = {}): AudienceFacts => ({ ...WHO, ...over });

describe('inAudience', () => {
  it.each<[string, Audience | undefined, Partial<AudienceFacts>, boolean]>([
    ['no audience lets everyone in', undefined, {}, true],
    [
      'a trait matches the identified value',
      { traits: { plan: 'pro' } },
      { traits: { plan: 'pro' } },
      true,
    ],
    [
      'a trait with another value does not',
      { traits: { plan: 'pro' } },
      { traits: { plan: 'free' } },
      false,
    ],
    ['no identify, no trait match', { traits: { plan: 'pro' } }, { traits: undefined }, false],
    ['a trait compares by type too', { traits: { seats: 3 } }, { traits: { seats: '3' } }, false],
    [
      'every trait must match',
      { traits: { plan: 'pro', beta: true } },
      { traits: { plan: 'pro' } },
      false,
    ],
    ['a listed device', { devices: ['mobile', 'tablet'] }, { device: 'tablet' }, true],
    ['an unlisted device', { devices: ['mobile'] }, { device: 'desktop' }, false],
    ['an unknown device is in no list', { devices: ['desktop'] }, { device: 'unknown' }, false],
    ['a language covers its regions', { locales: ['fr'] }, { locale: 'fr-CA' }, true],
    ['case does not matter', { locales: ['pt-br'] }, { locale: 'pt-BR' }, true],
    ['a region does not cover its language', { locales: ['pt-BR'] }, { locale: 'pt' }, false],
    ['"fr" is not a prefix of "fro"', { locales: ['fr'] }, { locale: 'fro' }, false],
    ['a new visitor', { visitor: 'new' }, { returning: false }, true],
    ['a returning visitor is not new', { visitor: 'new' }, { returning: true }, false],
    ['returning', { visitor: 'returning' }, { returning: true }, true],
    [
      'all fields together',
      { traits: { plan: 'pro' }, devices: ['mobile'], locales: ['fr'], visitor: 'returning' },
      { traits: { plan: 'pro' }, device: 'mobile', locale: 'fr', returning: true },
      true,
    ],
  ])('%s', (_name, audience, over, expected) => {
    expect(inAudience(audience, facts(over))).toBe(expected);
  });
});

describe('inSchedule (device time)', () => {
  const at = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();
  it.each<[string, Schedule | undefined, number, boolean]>([
    ['no schedule is always on', undefined, at(2030, 1, 1), true],
    ['before "from"', { from: '2026-12-01' }, at(2026, 11, 30, 23), false],
    ['from the first minute of "from"', { from: '2026-12-01' }, at(2026, 12, 1, 0), true],
    ['through the last hour of "until"', { until: '2027-01-31' }, at(2027, 1, 31, 23), true],
    ['not the day after "until"', { until: '2027-01-31' }, at(2027, 2, 1, 0), false],
    ['within both', { from: '2026-12-01', until: '2027-01-31' }, at(2027, 1, 2), true],
    [
      'a date-time is that instant',
      { until: '2026-12-01T10:00:00Z' },
      Date.parse('2026-12-01T10:00:01Z'),
      false,
    ],
    ['an unreadable date keeps it out', { from: 'soon' }, at(2030, 1, 1), false],
  ])('%s', (_name, schedule, now, expected) => {
    expect(inSchedule(schedule, now)).toBe(expected);
  });
});

describe('eligibility with an audience and a schedule', () => {
  it('names "schedule" before "audience", and both after the stage', () => {
    const q = question({ schedule: { until: '2000-01-01' }, audience: { visitor: 'new' } });
    expect(eligibility(input({ question: q })).reason).toBe('schedule');
    expect(eligibility(input({ question: { ...q, schedule: undefined } })).reason).toBe('audience');
    expect(eligibility(input({ question: q, stage: 'aware' })).reason).toBe('stage');
    expect(
      eligibility(
        input({ question: { ...q, schedule: undefined }, who: facts({ returning: false }) }),
      ),
    ).toEqual({ eligible: true, reason: 'eligible' });
  });
});
