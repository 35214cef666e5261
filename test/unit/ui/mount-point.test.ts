import { describe, expect, it } from 'vitest';
import { capturingStyles } from '../../../src/ui/mount-point';

/** A computed style with the given properties; everything else at its initial value. */
const style = (props: Record<string, string>) => ({
  getPropertyValue: (name: string) => props[name] ?? '',
});

describe('capturingStyles', () => {
  it('finds nothing on a plain body', () => {
    expect(
      capturingStyles(
        style({
          transform: 'none',
          filter: 'none',
          opacity: '1',
          zoom: '1',
          contain: 'none',
          'container-type': 'normal',
          'will-change': 'auto',
          'content-visibility': 'visible',
        }),
      ),
    ).toEqual([]);
  });

  it.each([
    ['transform', 'matrix(1, 0, 0, 1, 0, 0)'],
    ['translate', '0px 10px'],
    ['scale', '0.5'],
    ['perspective', '100px'],
    ['filter', 'blur(1px)'],
    ['backdrop-filter', 'blur(2px)'],
    ['clip-path', 'inset(10px)'],
    ['mask-image', 'linear-gradient(black, transparent)'],
    ['opacity', '0.9'],
    ['zoom', '0.8'],
    ['container-type', 'inline-size'],
    ['content-visibility', 'auto'],
    ['contain', 'paint'],
    ['contain', 'strict'],
    ['will-change', 'transform'],
    ['will-change', 'opacity, filter'],
  ])('finds body { %s: %s }', (name, value) => {
    expect(capturingStyles(style({ [name]: value }))).toEqual([name]);
  });

  it.each([
    ['contain', 'style'],
    ['will-change', 'opacity'],
    ['overflow', 'hidden'],
  ])('lets body { %s: %s } be', (name, value) => {
    expect(capturingStyles(style({ [name]: value }))).toEqual([]);
  });
});
