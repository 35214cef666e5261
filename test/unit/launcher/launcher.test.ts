import { afterEach, describe, expect, it, vi } from 'vitest';
import { launcherLabel } from '../../../src/launcher/label';
import { LAUNCHER_TAG, mountLauncher } from '../../../src/launcher/launcher';
import { contrastRatio } from '../../../src/model/contrast';

afterEach(() => {
  for (const el of document.querySelectorAll(LAUNCHER_TAG)) el.remove();
});

function mount(over: Partial<Parameters<typeof mountLauncher>[1]> = {}) {
  const onIntent = vi.fn();
  const onOpen = vi.fn();
  const tab = mountLauncher(document, {
    label: 'Feedback',
    position: 'right',
    accent: '#4f46e5',
    zIndex: 10,
    onIntent,
    onOpen,
    ...over,
  });
  const host = document.querySelector(LAUNCHER_TAG) as HTMLElement;
  const button = host.shadowRoot?.querySelector('button') as HTMLButtonElement;
  return { tab, host, button, onIntent, onOpen };
}

describe('the launcher tab', () => {
  it('is a real button named by its label, in its own shadow root at the end of body', () => {
    const { host, button } = mount();
    expect(host.parentElement).toBe(document.body);
    expect(host.shadowRoot?.mode).toBe('open');
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Feedback');
  });

  it.each(['right', 'left', 'bottom-right', 'bottom-left'] as const)('sits at %s', (position) => {
    expect(mount({ position }).host.getAttribute('data-position')).toBe(position);
  });

  it('asks for the card code once, on the first hover or focus, and opens on click', () => {
    const { button, onIntent, onOpen } = mount();
    button.dispatchEvent(new Event('pointerenter'));
    button.dispatchEvent(new Event('focus'));
    expect(onIntent).toHaveBeenCalledTimes(1);
    expect(onOpen).not.toHaveBeenCalled();
    button.click(); // Enter and Space on a <button> are clicks too
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('steps aside while its card is open, then comes back with focus', () => {
    const { host, button, onOpen } = mount();
    button.focus();
    button.click();
    expect(host.style.display).toBe('none');
    button.click(); // hidden, but a scripted second click must not open a second card
    expect(onOpen).toHaveBeenCalledTimes(1);
    button.blur(); // the card took focus and has gone with it
    const closed = onOpen.mock.calls[0]?.[0] as () => void;
    closed();
    closed(); // called again (the card went, then the show failed): no harm
    expect(host.style.display).toBe('');
    expect(host.shadowRoot?.activeElement).toBe(button);
  });

  it('leaves focus where the customer put it meanwhile', () => {
    const { host, button, onOpen } = mount();
    button.click();
    const field = document.createElement('input');
    document.body.append(field);
    field.focus();
    const closed = onOpen.mock.calls[0]?.[0] as () => void;
    closed();
    expect(host.style.display).toBe('');
    expect(document.activeElement).toBe(field);
    field.remove();
  });

  it.each(['#4f46e5', '#fde047', '#000000', '#ffffff', '#10b981'])(
    'keeps its label readable on the accent %s (4.5:1)',
    (accent) => {
      const { host } = mount({ accent });
      const bg = host.style.getPropertyValue('--bg');
      const fg = host.style.getPropertyValue('--fg');
      expect(bg).toBe(accent);
      expect(contrastRatio(bg, fg)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('goes away on remove()', () => {
    const { tab } = mount();
    tab.remove();
    expect(document.querySelector(LAUNCHER_TAG)).toBeNull();
  });
});

describe('launcherLabel', () => {
  it.each([
    [undefined, 'en', 'Feedback'],
    [undefined, 'fr-CA', 'Votre avis'],
    [undefined, 'ar', 'رأيك'],
    [undefined, 'ja', 'Feedback'],
    ['Tell us', 'fr', 'Tell us'],
    [{ en: 'Ideas?', fr: 'Des idées ?' }, 'fr-BE', 'Des idées ?'],
    [{ en: 'Ideas?', fr: 'Des idées ?' }, 'de', 'Ideas?'],
  ] as const)('%j in %s → %s', (label, locale, expected) => {
    expect(launcherLabel(label, locale)).toBe(expected);
  });
});
