// Whether a question or survey could be asked without anyone calling for it on a stage: the
// idea targeting loads its engine on, and the tag wakes its runtime on.
import type { Askable } from '../config/resolved';

/**
 * Its trigger is not `manual` (the launcher and `render` name their item too) and the stage is
 * one of its stages.
 */
export const asksItself = (item: Askable, stage: string | undefined): boolean =>
  item.trigger.on !== 'manual' && stage !== undefined && item.stages.includes(stage);
