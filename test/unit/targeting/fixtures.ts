// Shared builders for targeting tests: a resolved question, the default limits and a moment
// in which everything allows a prompt, so each test changes only what it is about.
import type { ResolvedConfig } from '../../../src/config/parse';
import { parseConfig } from '../../../src/config/parse';
import type { AudienceFacts } from '../../../src/targeting/engine/audience';
import type { EligibilityInput, Moment } from '../../../src/targeting/engine/eligibility';
import { freshState, type VisitorState } from '../../../src/targeting/visitor-state';

export type Q = ResolvedConfig['questions'][number];
export const DAY = 86_400_000;
export const NOW = Date.UTC(2026, 10, 22, 12);

export const LIMITS = parseConfig({ endpoint: 'https://c.example/e' }).limits;

export function question(over: Partial<Q> = {}): Q {
  return {
    id: 'advocate-nps',
    quality: 'advocate',
    type: 'nps',
    text: 'How likely…?',
    multiple: false,
    shuffle: false,
    maxLength: 1000,
    stages: ['use', 'renew'],
    trigger: { on: 'stage' },
    sample: 1,
    cooldownDays: 90,
    priority: 0,
    version: 1,
    ...over,
  };
}

export const MOMENT: Moment = {
  consented: true,
  optedOut: false,
  queueFull: false,
  promptOpen: false,
  typing: false,
};

export const WHO: AudienceFacts = {
  traits: undefined,
  device: 'desktop',
  locale: 'en',
  returning: true,
};

export function state(over: Partial<VisitorState> = {}): VisitorState {
  return { ...freshState('session-1', NOW - 60_000), ...over };
}

export function input(over: Partial<EligibilityInput> = {}): EligibilityInput {
  return {
    question: question(),
    fired: { kind: 'stage', stage: 'use' },
    stage: 'use',
    state: state(),
    limits: LIMITS,
    now: NOW,
    seed: 'visitor-1',
    moment: MOMENT,
    who: WHO,
    ...over,
  };
}
