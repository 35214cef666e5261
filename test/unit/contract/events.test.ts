// The emitter and the command guard: nothing a listener or a command throws reaches the host
// page, and problems found before the instance existed still reach its listeners.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmitter, errorReporter } from '../../../src/contract/events';
import { guarded } from '../../../src/contract/guard';

afterEach(() => vi.restoreAllMocks());

describe('createEmitter', () => {
  it('keeps calling the other listeners when one throws', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const emitter = createEmitter();
    const heard = vi.fn();
    emitter.on('ready', () => {
      throw new Error('boom');
    });
    emitter.on('ready', heard);
    emitter.emit('ready', { persistence: 'durable', version: '0' });
    expect(heard).toHaveBeenCalledTimes(1);
    expect(logged).toHaveBeenCalledWith('[waypoint] a "ready" listener threw:', expect.any(Error));
  });
});

describe('errorReporter', () => {
  it('emits earlier problems after the page added its listeners, and echoes in debug mode', async () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const emitter = createEmitter();
    const error = errorReporter(emitter, true, [{ code: 'config', message: 'fetched late' }]);
    const heard = vi.fn();
    emitter.on('error', heard); // added synchronously after the instance, as the stub replays
    error('storage', 'now');
    await Promise.resolve();
    expect(heard.mock.calls.map(([e]) => e.message)).toEqual(['now', 'fetched late']);
    expect(warned).toHaveBeenCalledWith('[waypoint]', 'storage: now');
  });

  it('is silent on the console outside debug mode', () => {
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    errorReporter(createEmitter(), false)('storage', 'quiet');
    expect(warned).not.toHaveBeenCalled();
  });
});

describe('guarded', () => {
  it('turns a throw into an error naming the command', () => {
    const error = vi.fn();
    const track = guarded(error)('track', () => {
      throw new Error('bad');
    });
    expect(() => track()).not.toThrow();
    expect(error).toHaveBeenCalledWith('config', 'track failed: Error: bad');
  });
});
