import { describe, expect, it } from 'vitest';
import type { StageRule } from '../../../src/config/schema';
import {
  stageAt,
  stageForEvent,
  stageForLocation,
  stageForPath,
} from '../../../src/journey/resolve-stage';

const rule = (id: string, paths: string[] = [], events: string[] = []): StageRule => ({
  id,
  paths,
  events,
});

const stages = [
  rule('aware', ['/', '/blog/**']),
  rule('explore', ['/products/**', '/pricing'], ['compare_opened']),
  rule('decide', ['/checkout/**'], ['checkout_started']),
  rule('onboard', [], ['signup_completed']),
  rule('use', ['/account/**']),
  rule('exit', ['/account/cancel/**'], ['subscription_cancelled', 'checkout_started']),
];

describe('stageForPath', () => {
  it.each([
    ['/', 'aware'],
    ['/blog/2026/tea', 'aware'],
    ['/products', 'explore'],
    ['/pricing', 'explore'],
    ['/checkout/pay', 'decide'],
    ['/account', 'use'],
    // Several rules match: the later stage wins, since the journey moves forward.
    ['/account/cancel/confirm', 'exit'],
    ['/about', undefined],
  ])('%s → %s', (path, expected) => {
    expect(stageForPath(stages, path)).toBe(expected);
  });
});

describe('stageForEvent', () => {
  it.each([
    ['compare_opened', 'explore'],
    ['signup_completed', 'onboard'],
    ['checkout_started', 'exit'],
    ['page_viewed', undefined],
  ])('%s → %s', (event, expected) => {
    expect(stageForEvent(stages, event)).toBe(expected);
  });
});

describe('stageForLocation', () => {
  it.each([
    ['/products/tea', '', 'explore'],
    ['/app/', '#/checkout/pay', 'decide'],
    ['/app/', '#!/account', 'use'],
    ['/products/tea', '#reviews', 'explore'], // an anchor, not a route
    ['/products/tea', '#/nowhere', 'explore'], // a route no rule knows: the path decides
    ['/app/', '#/checkout?step=2', 'decide'],
  ])('%s%s → %s', (pathname, hash, expected) => {
    expect(stageForLocation(stages, pathname, hash)).toBe(expected);
  });
});

describe('stageAt', () => {
  it("reads a full URL's route and path, never its query", () => {
    expect(stageAt(stages, 'https://shop.example/checkout/pay?x=/account/')).toBe('decide');
    expect(stageAt(stages, 'https://shop.example/app/#/account/cancel/now')).toBe('exit');
    expect(stageAt(stages, 'https://shop.example/nowhere')).toBeUndefined();
  });

  it('is undefined for a URL that cannot be read, or none', () => {
    expect(stageAt(stages, 'not a url')).toBeUndefined();
    expect(stageAt(stages, undefined)).toBeUndefined();
  });
});
