// Our payloads' JSON does not depend on what the host page patched onto prototypes.
import { afterEach, describe, expect, it } from 'vitest';
import { byteLength, toJson } from '../../../src/platform/json';

describe('toJson', () => {
  const saved = Object.getOwnPropertyDescriptor(Array.prototype, 'toJSON');
  afterEach(() => {
    // biome-ignore lint/suspicious/noExplicitAny: removing a test patch from a prototype
    delete (Array.prototype as any).toJSON;
    // biome-ignore lint/suspicious/noExplicitAny: as above
    delete (Object.prototype as any).toJSON;
    if (saved) Object.defineProperty(Array.prototype, 'toJSON', saved);
  });

  it('matches JSON.stringify for plain data', () => {
    const v = { a: [1, 'two', null, true], b: { c: 'é"\n' }, d: undefined, e: Number.NaN };
    expect(toJson(v)).toBe(JSON.stringify(v));
  });

  it('ignores a toJSON a hostile page patched onto prototypes', () => {
    // biome-ignore lint/suspicious/noExplicitAny: simulating a hostile host page
    (Array.prototype as any).toJSON = () => 'hijacked';
    // biome-ignore lint/suspicious/noExplicitAny: as above
    (Object.prototype as any).toJSON = () => 'hijacked';
    expect(toJson({ list: [1, 2] })).toBe('{"list":[1,2]}');
  });

  it('counts UTF-8 bytes', () => {
    expect(byteLength('aé€😀')).toBe(1 + 2 + 3 + 4);
  });
});
