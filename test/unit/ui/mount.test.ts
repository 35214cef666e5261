import { fireEvent } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { HOST_TAG } from '../../../src/ui/mount';
import { prompt, promptRoot } from '../helpers/page';
import { APPEARANCE, show } from './fixtures';

describe('mountPrompt', () => {
  it('pins the host with !important inline styles a page stylesheet cannot beat', () => {
    const { mounted } = show({}, { ...APPEARANCE, zIndex: 4242 });
    const style = mounted.host.style;
    for (const [name, value] of [
      ['display', 'block'],
      ['position', 'fixed'],
      ['visibility', 'visible'],
      ['opacity', '1'],
      ['z-index', '4242'],
    ]) {
      expect(style.getPropertyValue(name as string), name).toBe(value);
      expect(style.getPropertyPriority(name as string), name).toBe('important');
    }
    expect(style.getPropertyValue('--wp-z')).toBe('4242');
  });

  it('carries position and theme for the stylesheet, and the accent fitted to each theme', () => {
    const { mounted } = show({}, { ...APPEARANCE, position: 'top-left', theme: 'dark' });
    expect(mounted.host.dataset.position).toBe('top-left');
    expect(mounted.host.dataset.theme).toBe('dark');
    expect(mounted.host.style.getPropertyValue('--wp-accent-light')).toBe('#4f46e5');
    expect(mounted.host.style.getPropertyValue('--wp-accent-dark')).not.toBe('#4f46e5');
  });

  it('goes in <body>, or on <html> when body would capture a fixed element', () => {
    expect(show().mounted.host.parentElement).toBe(document.body);
    document.body.style.setProperty('transform', 'translateZ(0)');
    try {
      expect(show().mounted.host.parentElement).toBe(document.documentElement);
    } finally {
      document.body.style.removeProperty('transform');
    }
  });

  it('adopts its stylesheet rather than adding a <style> element', () => {
    show();
    expect(promptRoot().adoptedStyleSheets).toHaveLength(1);
    expect(promptRoot().querySelector('style')).toBeNull();
  });

  it('falls back to a <style> with the configured nonce where sheets cannot be constructed', () => {
    const original = window.CSSStyleSheet;
    window.CSSStyleSheet = class {
      replaceSync(): void {
        throw new TypeError('Illegal constructor');
      }
    } as unknown as typeof CSSStyleSheet;
    try {
      show({}, { ...APPEARANCE, nonce: 'r4nd0mN0nce' });
    } finally {
      window.CSSStyleSheet = original;
    }
    const style = promptRoot().querySelector('style');
    expect(style?.nonce).toBe('r4nd0mN0nce');
    expect(promptRoot().adoptedStyleSheets).toHaveLength(0);
  });

  it('updates in place and removes itself on unmount', () => {
    const { mounted } = show();
    mounted.update({ delivery: 'sent' });
    expect(document.querySelectorAll(HOST_TAG)).toHaveLength(1);
    mounted.unmount();
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  it('gives focus back to where it came from when the card goes with focus inside', () => {
    const before = document.createElement('button');
    document.body.append(before);
    before.focus();
    const { mounted } = show();
    const radio = prompt().getByRole('radio', { name: '5' });
    radio.focus();
    fireEvent.focusIn(radio, { relatedTarget: before });
    mounted.unmount();
    expect(document.activeElement).toBe(before);
  });

  it('leaves focus alone when it is elsewhere as the card goes', () => {
    const elsewhere = document.createElement('input');
    document.body.append(elsewhere);
    const { mounted } = show();
    elsewhere.focus();
    mounted.unmount();
    expect(document.activeElement).toBe(elsewhere);
  });
});
