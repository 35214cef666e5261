/**
 * Runs `fn` `ms` after the next frame, so what it changes comes after the first paint of what
 * was just rendered (a live region is only announced for a change made once it is in the page).
 * Returns a cancel. In a hidden tab frames wait, and so does `fn`: nobody is listening there.
 */
export function afterPaint(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(fn, ms);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
