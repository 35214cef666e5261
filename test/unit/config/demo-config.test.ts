// @vitest-environment node
// The demo shop's targeting config (demo/site/waypoint.json, loaded by data-config) is a real
// site owner's config: it must pass the schema, and every page's stage must be reachable.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/config/parse';
import { stageForPath } from '../../../src/journey/resolve-stage';
import { QUALITIES } from '../../../src/model/qualities';

const json = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../../demo/site/waypoint.json'), 'utf8'),
);
const config = parseConfig(
  { site: 'demo-shop', endpoint: '/v1/events', ...json },
  { base: 'http://localhost:4310/' },
);

describe("the demo shop's targeting config", () => {
  it.each([
    ['/', 'aware'],
    ['/products', 'explore'],
    ['/checkout', 'decide'],
    ['/welcome', 'onboard'],
    ['/account', 'use'],
    ['/help', 'support'],
    ['/upgrade', 'renew'],
    ['/cancel', 'exit'],
  ])('puts %s in the stage %s', (path, stage) => {
    expect(stageForPath(config.stages, path)).toBe(stage);
  });

  it('asks one question of every quality, somewhere in the journey', () => {
    expect(new Set(config.questions.map((q) => q.quality))).toEqual(new Set(QUALITIES));
  });

  it('shows nothing on loading the account page, so "Give feedback" is what asks there', () => {
    const onLoad = config.questions.filter(
      (q) => q.stages.includes('use') && ['stage', 'delay', 'scroll'].includes(q.trigger.on),
    );
    expect(onLoad).toEqual([]);
  });
});
