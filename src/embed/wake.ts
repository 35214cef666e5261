// Whether a question or survey may ask itself on this page view before anyone calls: on the
// stage the page opens on, or on one a single-page app navigates to later.
import type { ResolvedConfig } from '../config/resolved';
import { watchHistory } from '../journey/history';
import { stageAt } from '../journey/resolve-stage';
import { asksItself } from '../targeting/asks-itself';

type HistoryWindow = Parameters<typeof watchHistory>[0] & Pick<Window, 'location'>;

/**
 * Calls `ask` once, now or at the first navigation to a stage where something asks itself
 * (`declared`: the tag's `data-stage`). Returns what stops watching.
 *
 * @example
 * const stop = watchForAsk(config, tag.stage, window, () => wake());
 */
export function watchForAsk(
  config: ResolvedConfig,
  declared: string | undefined,
  win: HistoryWindow,
  ask: () => void,
): () => void {
  const items = [...config.questions, ...config.surveys];
  const asksOn = (stage: string | undefined) => items.some((i) => asksItself(i, stage));
  let stage = declared ?? stageAt(config.stages, win.location.href);
  const none = () => undefined;
  if (asksOn(stage)) {
    ask();
    return none;
  }
  // Only manual items: nothing asks itself whatever the stage, so nothing is watched.
  if (!items.some((i) => i.trigger.on !== 'manual')) return none;
  const stop = watchHistory(win, () => {
    // A navigation that matches no rule keeps the stage (as the stage tracker does).
    stage = stageAt(config.stages, win.location.href) ?? stage;
    if (!asksOn(stage)) return;
    stop();
    ask();
  });
  return stop;
}
