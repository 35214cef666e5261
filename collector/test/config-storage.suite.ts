// Config versions, on every store the shared storage suite runs on: numbering, history, one
// version, the newest, and publishes that race.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewConfigVersion } from '../src/config-versions.ts';
import type { EventStorage } from '../src/storage.ts';
import type { OpenStorage } from './storage.suite.ts';

const draft = (n: number, extra: Partial<NewConfigVersion> = {}): NewConfigVersion => ({
  // Keys deliberately out of alphabetical order: the document comes back as published.
  config: { site: 'shop', locale: 'en', questions: [{ id: `q${n}`, type: 'nps' }] },
  author: 'ana',
  message: `change ${n}`,
  schemaVersion: '0.1.0',
  ...extra,
});

export function describeConfigStorage(name: string, open: OpenStorage): void {
  describe(`${name} config versions`, () => {
    let storage: EventStorage;
    beforeAll(async () => {
      storage = await open({ outbox: false });
    });
    afterAll(() => storage.close());

    it('numbers each site’s versions from 1 and returns what it stored', async () => {
      const at = new Date('2026-12-01T09:00:00.000Z');
      const first = await storage.publishConfig('numbers', draft(1), at);
      expect(first).toEqual({
        site: 'numbers',
        version: 1,
        author: 'ana',
        message: 'change 1',
        publishedAt: at.toISOString(),
        schemaVersion: '0.1.0',
        config: draft(1).config,
      });
      expect((await storage.publishConfig('numbers', draft(2))).version).toBe(2);
      expect((await storage.publishConfig('numbers-other', draft(1))).version).toBe(1);
    });

    it('lists the history newest first, without the documents', async () => {
      for (const n of [1, 2, 3]) await storage.publishConfig('history', draft(n));
      const history = await storage.configVersions('history');
      expect(history.map((v) => [v.version, v.message])).toEqual([
        [3, 'change 3'],
        [2, 'change 2'],
        [1, 'change 1'],
      ]);
      expect(history[0]).not.toHaveProperty('config');
      expect(await storage.configVersions('no-such-site')).toEqual([]);
    });

    it('reads one version, or the newest, with the document in its published key order', async () => {
      await storage.publishConfig('read', draft(1));
      await storage.publishConfig('read', draft(2, { author: 'bo', schemaVersion: '0.2.0' }));
      const one = await storage.configVersion('read', 1);
      expect(JSON.stringify(one?.config)).toBe(JSON.stringify(draft(1).config));
      const newest = await storage.configVersion('read');
      expect(newest).toMatchObject({ version: 2, author: 'bo', schemaVersion: '0.2.0' });
      expect(newest?.config).toEqual(draft(2).config);
      expect(await storage.configVersion('read', 3)).toBeUndefined();
      expect(await storage.configVersion('no-such-site')).toBeUndefined();
    });

    it('gives 10 concurrent publishes on one site the numbers 1 to 10, once each', async () => {
      const published = await Promise.all(
        Array.from({ length: 10 }, (_, i) => storage.publishConfig('race', draft(i))),
      );
      const numbers = published.map((v) => v.version).sort((a, b) => a - b);
      expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect((await storage.configVersions('race')).length).toBe(10);
    });
  });
}
