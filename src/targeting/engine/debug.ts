/**
 * Debug mode (`debug: true` or `data-debug`): whenever a trigger fires, one console line says
 * what fired and what was chosen, and a table lists every question with its eligibility and
 * reason — so a site owner sees why a prompt did or did not show.
 */
import type { Trigger } from '../../config/schema';
import type { Decision } from './decide';
import type { Fired } from './triggers/fired';
import { firedLabel, triggerLabel } from './triggers/match';

export interface DebugRow {
  question: string;
  quality: string;
  stages: string;
  trigger: string;
  eligible: boolean;
  reason: string;
}

type Described = { id: string; quality: string; stages: readonly string[]; trigger: Trigger };

/**
 * One row per question, in config order.
 *
 * @example
 * debugRows(decision); // [{ question: 'advocate-nps', …, eligible: false, reason: 'stage' }]
 */
export function debugRows(decision: Decision<Described>): DebugRow[] {
  return decision.verdicts.map((v) => ({
    question: v.question.id,
    quality: v.question.quality,
    stages: v.question.stages.join(' '),
    trigger: triggerLabel(v.question.trigger),
    eligible: v.eligible,
    reason: v.reason,
  }));
}

/**
 * Logs a decision: `[waypoint] stage:use at stage "use" → showing "advocate-nps"` and the table.
 *
 * @example
 * logDecision(console, { kind: 'stage', stage: 'use' }, 'use', decision);
 */
export function logDecision(
  out: Pick<Console, 'info' | 'table'>,
  fired: Fired,
  stage: string | undefined,
  decision: Decision<Described>,
): void {
  const outcome = decision.chosen ? `showing "${decision.chosen.id}"` : 'no question is eligible';
  out.info('[waypoint]', `${firedLabel(fired)} at stage "${stage ?? 'none'}" → ${outcome}`);
  out.table(debugRows(decision));
}
