import { describe, expect, it } from 'vitest';
import { fingerprint, VERDICT_KEY, verdict } from '../../../src/embed/verdict';
import { createMemoryStore } from '../../../src/storage/memory';

// Valid for the SDK that wrote the verdict, refused by this one's schema.
const config = { endpoint: 'https://c.example/e', colour: 'red' };

describe('the config verdict', () => {
  it('trusts a config this SDK version has seen pass', async () => {
    const store = createMemoryStore();
    const ok = { endpoint: 'https://c.example/e' };
    expect(await verdict({ config: ok, base: undefined, store: async () => store })).toEqual([]);
    expect(await store.get(VERDICT_KEY)).toContain(fingerprint(ok));
  });

  it('checks again after an upgrade or a rollback: a verdict of another SDK version is not trusted', async () => {
    const store = createMemoryStore();
    // What an older SDK stored: the fingerprint alone, or keyed by its own version.
    for (const stored of [fingerprint(config), `0.0.1:${fingerprint(config)}`]) {
      await store.set(VERDICT_KEY, stored);
      const issues = await verdict({ config, base: undefined, store: async () => store });
      expect(issues.map((i) => i.path)).toEqual(['colour']);
    }
  });

  it('keys the stored verdict by the SDK version', async () => {
    const store = createMemoryStore();
    const ok = { endpoint: 'https://c.example/e' };
    await verdict({ config: ok, base: undefined, store: async () => store });
    expect(await store.get(VERDICT_KEY)).toBe(`${__SDK_VERSION__}:${fingerprint(ok)}`);
  });
});
