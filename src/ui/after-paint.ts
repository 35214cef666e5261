/**
 * Runs `fn` `ms` after the next frame, so what it changes comes after the first paint of what
 * was just rendered (a live region is only announced for a change made once it is in the page).
 * Returns a cancel. Without `requestAnimationFrame` (no rendering), only the delay is waited.
 */
export function afterPaint(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    timer = setTimeout(fn, ms);
  };
  const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(wait) : 0;
  if (!frame) wait();
  return () => {
    if (frame) cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
