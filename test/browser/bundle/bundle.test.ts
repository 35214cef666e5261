// The built script-tag bundle (npm test builds before testing): what must NOT be in it.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const bundle = readFileSync('dist/waypoint.js', 'utf8');

describe('dist/waypoint.js', () => {
  it.each([
    // (Preact's renderer itself mentions innerHTML for `dangerouslySetInnerHTML`, which our code
    // never uses: lint forbids it in src/.)
    ['an HTML sink', /insertAdjacentHTML|document\.write|outerHTML\s*=/],
    ['eval or new Function', /\beval\(|new Function\(/],
    ["the receivers' wire schema (tree-shaken away)", /an answer event needs an answer/],
    ['console.log', /console\.log\(/],
  ])('contains no %s', (_name, pattern) => {
    expect(bundle).not.toMatch(pattern);
  });

  it('is one self-contained script: no import or require left', () => {
    expect(bundle).not.toMatch(/^\s*import[\s{]|\brequire\(/m);
  });
});

describe('the core on an ES2020 browser', () => {
  it('uses nothing newer than its target (structuredClone, Object.hasOwn, .at, replaceAll)', () => {
    for (const file of readdirSync('dist').filter((f) => /^waypoint.*\.js$/.test(f))) {
      const code = readFileSync(`dist/${file}`, 'utf8');
      expect(code, file).not.toMatch(/structuredClone|Object\.hasOwn\(|\.replaceAll\(|\.at\(-?\d/);
    }
  });
});
