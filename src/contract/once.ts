// Load once, and forget a failure so the next call tries again (as idb-keyval's `getDB` resets
// its promise when the connection closes): the one way our lazy parts are fetched and started.
export function once<T>(make: () => Promise<T>) {
  let made: Promise<T> | undefined;
  return {
    get(): Promise<T> {
      if (!made) {
        const p = make();
        made = p;
        p.catch(() => {
          if (made === p) made = undefined;
        });
      }
      return made;
    },
    /** What was made, if anything, without making it. */
    peek: () => made,
    /** Forgets what was made: the next `get` makes it afresh. */
    reset(): Promise<T> | undefined {
      const was = made;
      made = undefined;
      return was;
    },
  };
}
