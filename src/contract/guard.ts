import type { ErrorCode } from './types';

/**
 * Wraps a public command so that nothing of ours ever throws into the host page: a throw
 * becomes an `error` event naming the command.
 *
 * @example const guard = guarded(error); const track = guard('track', (name: string) => …);
 */
export function guarded(error: (code: ErrorCode, message: string) => void) {
  return <A extends unknown[]>(name: string, fn: (...args: A) => void) =>
    (...args: A): void => {
      try {
        fn(...args);
      } catch (e) {
        error('config', `${name} failed: ${String(e)}`);
      }
    };
}
