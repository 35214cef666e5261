// render(target, id) and the launcher through the whole runtime (happy-dom, fake IndexedDB):
// every refusal names its problem and throws nothing; customer-opened cards count against no
// cap and show past an opt-out, but never before consent; destroy() takes them away.
import { fireEvent, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WaypointEvents } from '../../../src/contract/events';
import { LAUNCHER_TAG } from '../../../src/launcher/launcher';
import type { Waypoint } from '../../../src/root/waypoint';
import { createWaypoint } from '../../../src/root/waypoint';
import { createIdbStore } from '../../../src/storage/idb';
import { OPT_OUT_KEY } from '../../../src/targeting/visitor';
import { prompt, promptRoot, until } from '../helpers/page';

const running: Waypoint[] = [];
afterEach(() => {
  // happy-dom keeps a focused element that has left the page as the document's activeElement,
  // and its ShadowRoot.activeElement then throws (a browser moves focus to the body): the
  // deepest focused element is blurred before destroy() takes the tab away.
  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  (focused as HTMLElement | null)?.blur?.();
  for (const wp of running.splice(0)) wp.destroy();
});

const survey = {
  id: 'checkout-survey',
  steps: [{ question: 'preventive-effort' }, { question: 'advocate-nps' }],
  trigger: { on: 'manual' as const },
};

function start(extra: Record<string, unknown> = {}) {
  const posted: Array<{ type: string; data: { context: { trigger: string } } }> = [];
  const fetch = vi.fn(async (_u: string, init: RequestInit) => {
    posted.push(...JSON.parse(String(init.body)));
    return new Response('{}', { status: 200 });
  });
  const wp = createWaypoint(
    { endpoint: 'https://c.example/e', surveys: [survey], ...extra },
    {
      fetch: fetch as unknown as typeof globalThis.fetch,
      storage: createIdbStore(),
      url: 'https://shop.example.com/checkout',
      stage: 'decide',
    },
  );
  running.push(wp);
  const errors: WaypointEvents['error'][] = [];
  wp.on('error', (e) => errors.push(e));
  const slot = document.createElement('div');
  slot.id = 'slot';
  document.body.append(slot);
  return { wp, errors, slot, posted };
}

const inlineCard = (slot: Element) => {
  const card = slot.querySelector('waypoint-prompt')?.shadowRoot?.querySelector('.wp-card');
  if (!card) throw new Error('no inline card');
  return within(card as HTMLElement);
};

describe('render(target, id)', () => {
  it('draws a survey inside the element by selector, without "Don\'t ask me again"', async () => {
    const { wp, slot } = start();
    expect(await wp.render('#slot', 'checkout-survey')).toEqual({ shown: true });
    const card = inlineCard(slot);
    expect(card.getByRole('radio', { name: '5' })).toBeTruthy();
    expect(card.queryByRole('button', { name: "Don't ask me again" })).toBeNull();
  });

  it.each([
    ['an unknown id', '#slot', 'nope', 'unknown-question', /no question or survey "nope"/],
    ['no element', '#missing', 'advocate-nps', 'render', /no element in the page matches #missing/],
    ['an invalid selector', '#[', 'advocate-nps', 'render', /could not render "advocate-nps"/],
    ['not an element', 42, 'advocate-nps', 'render', /no element in the page matches 42/],
  ])('refuses %s, naming it in an error', async (_name, target, id, code, message) => {
    const { wp, errors } = start();
    const result = await wp.render(target as string, id);
    expect(result.shown).toBe(false);
    await until(() => expect(errors.map((e) => e.code)).toContain(code));
    expect(errors.find((e) => e.code === code)?.message).toMatch(message);
  });

  it('waits for consent when consent is required', async () => {
    const { wp, errors, slot } = start({ privacy: { requireConsent: true } });
    expect(await wp.render(slot, 'advocate-nps')).toEqual({ shown: false, reason: 'consent' });
    expect(errors[0]).toMatchObject({ code: 'consent' });
    wp.consent(true);
    expect(await wp.render(slot, 'advocate-nps')).toEqual({ shown: true });
  });

  it('shows past an opt-out of prompts and past the session cap, with trigger "inline"', async () => {
    const { wp, slot, posted } = start({ limits: { promptsPerSession: 0 } });
    const store = createIdbStore();
    await store.set(OPT_OUT_KEY, true);
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: false, reason: 'opted-out' });
    expect(await wp.render(slot, 'advocate-nps')).toEqual({ shown: true });
    fireEvent.click(inlineCard(slot).getByRole('radio', { name: '8' }));
    fireEvent.click(inlineCard(slot).getByRole('button', { name: 'Send' }));
    await until(() =>
      expect(posted.find((e) => e.type === 'waypoint.answer')?.data.context.trigger).toBe('inline'),
    );
  });

  it('goes on destroy()', async () => {
    const { wp, slot } = start();
    await wp.render(slot, 'advocate-nps');
    wp.destroy();
    expect(slot.querySelector('waypoint-prompt')).toBeNull();
  });
});

describe('the launcher through the runtime', () => {
  const launcher = { appearance: { launcher: { survey: 'checkout-survey' } } };
  const tab = () =>
    document.querySelector(LAUNCHER_TAG)?.shadowRoot?.querySelector('button') as
      | HTMLButtonElement
      | undefined;

  it('appears once storage is open, opens its survey on click, and goes on destroy()', async () => {
    const { wp } = start(launcher);
    await until(() => expect(tab()?.textContent).toBe('Feedback'));
    tab()?.click();
    await until(() => expect(document.querySelector('waypoint-prompt')).toBeTruthy());
    wp.destroy();
    expect(document.querySelector(LAUNCHER_TAG)).toBeNull();
  });

  // Targeting's own prompts held back, so only the launcher's card is shown.
  const quiet = { ...launcher, limits: { promptsPerSession: 0 } };

  it('steps aside while its card is open, and takes focus back when the card goes', async () => {
    const { wp } = start(quiet);
    await until(() => expect(tab()).toBeTruthy());
    const host = document.querySelector(LAUNCHER_TAG) as HTMLElement;
    tab()?.focus();
    tab()?.click();
    await until(() => expect(prompt().getByRole('radio', { name: '5' })).toBeTruthy());
    // The tab would peek out from under its own card: it is hidden, and focus is in the card.
    expect(host.style.display).toBe('none');
    expect(promptRoot().activeElement?.textContent).toMatch(/easy/i);
    fireEvent.click(prompt().getByRole('button', { name: 'Not now' }));
    await until(() => expect(host.style.display).toBe(''));
    expect(host.shadowRoot?.activeElement).toBe(tab());
    wp.destroy();
  });

  it('comes back at once when its card cannot be shown (an asked card is open)', async () => {
    const { wp, errors } = start(quiet);
    await until(() => expect(tab()).toBeTruthy());
    const host = document.querySelector(LAUNCHER_TAG) as HTMLElement;
    expect(await wp.ask('advocate-nps')).toMatchObject({ shown: true });
    tab()?.click();
    expect(host.style.display).toBe('none');
    // The asked card stays (the launcher never replaces a card shown on purpose), and the tab
    // is back without an error.
    await until(() => expect(host.style.display).toBe(''));
    expect(prompt().getByRole('radio', { name: '10' })).toBeTruthy();
    expect(errors).toEqual([]);
  });

  it('comes back, with an error, when the code of its card cannot load', async () => {
    vi.resetModules();
    vi.doMock('../../../src/lazy/chunks', async (real) => ({
      ...(await real<typeof import('../../../src/lazy/chunks')>()),
      loadAct: async () => {
        throw new Error('blocked by the network');
      },
    }));
    try {
      const { createWaypoint: create } = await import('../../../src/root/waypoint');
      const wp = create(
        { endpoint: 'https://c.example/e', surveys: [survey], ...quiet },
        { storage: createIdbStore(), url: 'https://shop.example.com/', stage: 'decide' },
      );
      running.push(wp);
      const errors: WaypointEvents['error'][] = [];
      wp.on('error', (e) => errors.push(e));
      await until(() => expect(tab()).toBeTruthy());
      const host = document.querySelector(LAUNCHER_TAG) as HTMLElement;
      tab()?.click();
      await until(() => expect(errors.map((e) => e.message).join()).toMatch(/blocked by/));
      expect(errors[0]?.code).toBe('render');
      expect(host.style.display).toBe('');
    } finally {
      vi.doUnmock('../../../src/lazy/chunks');
      vi.resetModules();
    }
  });

  it('waits for consent, and goes when consent is withdrawn', async () => {
    const { wp } = start({ ...launcher, privacy: { requireConsent: true } });
    await new Promise((r) => setTimeout(r, 50));
    expect(tab()).toBeUndefined();
    wp.consent(true);
    await until(() => expect(tab()).toBeTruthy());
    wp.consent(false);
    expect(tab()).toBeUndefined();
  });
});
