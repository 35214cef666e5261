// The command function routes each command to the instance method of that name, and names the
// commands it knows when it meets one it does not; the two lists cannot drift apart.
import { describe, expect, it, vi } from 'vitest';
import { runCommand } from '../../../src/embed/commands';
import type { Waypoint } from '../../../src/root/api';
import { createWaypoint } from '../../../src/root/waypoint';
import { createMemoryStore } from '../../../src/storage/memory';

/** The names the "unknown command" message lists. */
function known(): string[] {
  const report = vi.fn();
  runCommand({} as Waypoint, ['explode'], report);
  const list = /\(known: (.*)\)$/.exec(String(report.mock.calls[0]?.[0]))?.[1];
  return list?.split(', ') ?? [];
}

describe('runCommand', () => {
  it('knows every method of a running instance, and nothing else', () => {
    const wp = createWaypoint(
      { endpoint: 'https://collect.example.com/v1/events' },
      { storage: createMemoryStore(), url: 'https://shop.example.com/' },
    );
    const methods = Object.keys(wp).filter((k) => typeof wp[k as keyof Waypoint] === 'function');
    expect(known().sort()).toEqual(methods.sort());
    wp.destroy();
  });

  it.each(known())('routes %s to the method of that name, with its arguments', (name) => {
    const method = vi.fn(() => 'result');
    const report = vi.fn();
    const wp = { [name]: method } as unknown as Waypoint;
    expect(runCommand(wp, [name, 'a', 'b', 'c'], report)).toBe('result');
    const [args] = method.mock.calls as unknown[][];
    expect(args).toEqual(['a', 'b', 'c'].slice(0, args?.length));
    expect(report).not.toHaveBeenCalled();
  });

  it.each(['explode', 'toString', 'constructor', '__proto__', 42])(
    'reports %s as unknown rather than running it',
    (name) => {
      const report = vi.fn();
      expect(runCommand({} as Waypoint, [name], report)).toBeUndefined();
      expect(String(report.mock.calls[0]?.[0])).toContain(`unknown command "${String(name)}"`);
    },
  );
});
