/**
 * Whether one question may be asked now, as a pure function that says why not (DESIGN §4): the
 * first rule that blocks, in a fixed order, is the reason.
 */
import type { Targetable } from '../../config/resolved';
import type { Limits } from '../../config/schema';
import { DAY_MS } from '../../contract/types';
import type { VisitorState } from '../visitor-state';
import { type AudienceFacts, inAudience } from './audience';
import { inSample } from './sampling';
import { inSchedule } from './schedule';
import type { Fired } from './triggers/fired';
import { triggerMatches } from './triggers/match';

export type Reason =
  | 'eligible'
  | 'consent' // consent is required and not given
  | 'opted-out' // the visitor chose "Don't ask me again"
  | 'trigger' // this question's trigger is not what fired
  | 'stage' // the current stage is not one of the question's stages
  | 'schedule' // today is outside the question's `schedule`
  | 'audience' // the visitor is not in the question's `audience`
  | 'sampled-out' // this visitor is outside the question's sample
  | 'answered-cooldown' // answered less than `cooldownDays` ago
  | 'dismissed-cooldown' // dismissed less than `limits.dismissCooldownDays` ago
  | 'session-cap' // `limits.promptsPerSession` reached
  | 'days-between' // the last prompt was less than `limits.daysBetweenPrompts` ago
  | 'stage-budget' // `limits.perStage` used up at this stage
  | 'quality-budget' // `limits.perQuality` used up for this quality
  | 'queue-full' // the event queue is full; no new prompts until it drains
  | 'prompt-open' // a prompt is on screen already
  | 'typing'; // the visitor typed in a form field just now; the trigger waits for a pause

export interface Eligibility {
  eligible: boolean;
  reason: Reason;
}

/** What the visitor and the page say right now, the same for every question. */
export interface Moment {
  consented: boolean;
  optedOut: boolean;
  queueFull: boolean;
  promptOpen: boolean;
  typing: boolean;
}

export type TargetedQuestion = Pick<
  Targetable,
  'id' | 'quality' | 'stages' | 'trigger' | 'sample' | 'cooldownDays' | 'audience' | 'schedule'
>;

export interface EligibilityInput {
  question: TargetedQuestion;
  fired: Fired;
  stage: string | undefined;
  state: VisitorState;
  limits: Limits;
  now: number;
  /** The visitor id, or the session id for anonymous visitors (sticky sampling). */
  seed: string;
  moment: Moment;
  /** Traits, device, locale and new-or-returning, for audiences. */
  who: AudienceFacts;
}

/** Whether `since` is less than `days` before `now` (a clock that went back counts as recent). */
function within(since: number | undefined, days: number, now: number): boolean {
  return since !== undefined && days > 0 && now - since < days * DAY_MS;
}

function promptsWithin(
  i: EligibilityInput,
  days: number,
  same: (p: VisitorState['prompts'][number]) => boolean,
): number {
  return i.state.prompts.filter((p) => within(p.at, days, i.now) && same(p)).length;
}

/**
 * The rules, in order; each returns true when it blocks. What the visitor chose comes first, then
 * the question's own rules, the caps that keep everyone asked rarely, and the page's moment.
 */
const RULES: ReadonlyArray<readonly [Reason, (i: EligibilityInput) => boolean]> = [
  ['consent', (i) => !i.moment.consented],
  ['opted-out', (i) => i.moment.optedOut],
  ['trigger', (i) => !triggerMatches(i.question.trigger, i.fired)],
  ['stage', (i) => i.stage === undefined || !i.question.stages.includes(i.stage)],
  ['schedule', (i) => !inSchedule(i.question.schedule, i.now)],
  ['audience', (i) => !inAudience(i.question.audience, i.who)],
  ['sampled-out', (i) => !inSample(i.question.sample, i.seed, i.question.id)],
  [
    'answered-cooldown',
    (i) => within(i.state.questions[i.question.id]?.answeredAt, i.question.cooldownDays, i.now),
  ],
  [
    'dismissed-cooldown',
    (i) =>
      within(i.state.questions[i.question.id]?.dismissedAt, i.limits.dismissCooldownDays, i.now),
  ],
  ['session-cap', (i) => i.state.session.prompts >= i.limits.promptsPerSession],
  ['days-between', (i) => within(i.state.lastPromptAt, i.limits.daysBetweenPrompts, i.now)],
  [
    'stage-budget',
    (i) =>
      i.limits.perStage.days > 0 &&
      promptsWithin(i, i.limits.perStage.days, (p) => p.stage === i.stage) >= i.limits.perStage.max,
  ],
  [
    'quality-budget',
    (i) =>
      i.limits.perQuality.days > 0 &&
      promptsWithin(i, i.limits.perQuality.days, (p) => p.quality === i.question.quality) >=
        i.limits.perQuality.max,
  ],
  ['queue-full', (i) => i.moment.queueFull],
  ['prompt-open', (i) => i.moment.promptOpen],
  ['typing', (i) => i.moment.typing],
];

/**
 * Whether `input.question` may be asked now, and if not, the first rule that says no.
 *
 * @example
 * eligibility({ question, fired: { kind: 'stage', stage: 'use' }, stage: 'use', state,
 *   limits: config.limits, now: Date.now(), seed: visitorId, moment });
 * // → { eligible: false, reason: 'days-between' }
 */
export function eligibility(input: EligibilityInput): Eligibility {
  for (const [reason, blocks] of RULES) if (blocks(input)) return { eligible: false, reason };
  return { eligible: true, reason: 'eligible' };
}
