import type { TriggerKind } from './fired';

/**
 * `{ on: 'stage' }` (the default): met when the visitor enters a stage — a page of that stage
 * loads, or a single-page app navigates into it. Whether it is one of the question's stages is
 * the eligibility rule `stage`, as for every trigger.
 *
 * @example
 * stage.matches({ on: 'stage' }, { kind: 'stage', stage: 'use' }); // true
 */
export const stage: TriggerKind<'stage'> = {
  matches: () => true,
  label: () => 'stage',
};
