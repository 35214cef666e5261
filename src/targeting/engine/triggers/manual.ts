import type { TriggerKind } from './fired';

/**
 * `{ on: 'manual' }`: shown only through `ask(questionId)`. The runtime never fires `manual`,
 * and `ask` does not go through triggers, so no page event ever meets it.
 *
 * @example
 * manual.label({ on: 'manual' }); // 'manual'
 */
export const manual: TriggerKind<'manual'> = {
  matches: () => false,
  label: () => 'manual',
};
