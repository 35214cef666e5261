import { describe, expect, it } from 'vitest';
import { matchGlob } from '../../../src/journey/glob';

describe('matchGlob', () => {
  it.each([
    // glob, path, matches
    ['/', '/', true],
    ['/', '/products', false],
    ['/pricing', '/pricing', true],
    ['/pricing', '/pricing/', true],
    ['/pricing', '/pricing/annual', false],
    ['/products/*', '/products/tea', true],
    ['/products/*', '/products', false],
    ['/products/*', '/products/tea/green', false],
    ['/products/**', '/products', true],
    ['/products/**', '/products/tea', true],
    ['/products/**', '/products/tea/green/sencha', true],
    ['/products/**', '/product', false],
    ['/**', '/anything/at/all', true],
    ['/**/cancel', '/account/plan/cancel', true],
    ['/**/cancel', '/cancel', true],
    ['/**/cancel', '/account/cancel/confirm', false],
    ['/*/settings', '/acme/settings', true],
    ['/*/settings', '/settings', false],
    ['/blog/*.html', '/blog/post.html', true],
    ['/blog/*.html', '/blog/post.htm', false],
    ['/shop/item-*', '/shop/item-42', true],
    ['/shop/item-*', '/shop/other-42', false],
    ['/a*b*c', '/abc', true],
    ['/a*b*c', '/axxbyyc', true],
    ['/a*b*c', '/acb', false],
    // Regular-expression characters in config are plain text, never patterns.
    ['/(.*)', '/anything', false],
    ['/a.c', '/abc', false],
    ['/a+', '/aa', false],
  ])('%s against %s → %s', (glob, path, expected) => {
    expect(matchGlob(glob, path)).toBe(expected);
  });

  it('stays fast on pathological globs (memoised, never exponential)', () => {
    const glob = `/${'**/'.repeat(30)}x`;
    const path = `/${'a/'.repeat(60)}y`;
    expect(matchGlob(glob, path)).toBe(false);
  });
});
