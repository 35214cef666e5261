// The page's stage before the runtime runs, and whether a question or survey may ask itself
// there: on the stage the page opens on, or on one a single-page app navigates to later.
import type { ResolvedConfig } from '../config/resolved';
import { watchHistory } from '../journey/history';
import { stageAt } from '../journey/resolve-stage';
import { asksItself } from '../targeting/asks-itself';

type HistoryWindow = Parameters<typeof watchHistory>[0] & Pick<Window, 'location'>;

/** Whether something in `config` may ask itself on `stage`. */
export const asksOn = (config: ResolvedConfig, stage: string | undefined): boolean =>
  [...config.questions, ...config.surveys].some((i) => asksItself(i, stage));

/**
 * Calls `onStage` with the stage the page opens on (`declared`: the tag's `data-stage`), then
 * with each stage a navigation moves to, as the runtime's stage tracker would. Returns what
 * stops watching.
 *
 * @example
 * const stop = watchStage(config, tag.stage, window, (stage) => asksOn(config, stage) && wake());
 */
export function watchStage(
  config: ResolvedConfig,
  declared: string | undefined,
  win: HistoryWindow,
  onStage: (stage: string | undefined) => void,
): () => void {
  let stage = declared ?? stageAt(config.stages, win.location.href);
  onStage(stage);
  // Without path rules, no navigation moves the visitor.
  if (!config.stages.some((s) => s.paths.length)) return () => undefined;
  return watchHistory(win, () => {
    // A navigation that matches no rule keeps the stage (as the stage tracker does).
    const next = stageAt(config.stages, win.location.href);
    if (next === undefined || next === stage) return;
    stage = next;
    onStage(stage);
  });
}
