import { describe, expect, it } from 'vitest';
import { askNow } from '../../../src/act/ask';
import { createPresenter } from '../../../src/act/presenter';
import { question } from '../targeting/fixtures';

/** A card that records what it shows and closes. */
function fakeCard(fail = false) {
  const log: string[] = [];
  const card = {
    isOpen: false,
    async show(q: { id: string }, trigger: string) {
      if (fail) throw new Error('no shadow DOM');
      card.isOpen = true;
      log.push(`show ${q.id} (${trigger})`);
      return `event-${log.length}`;
    },
    close() {
      if (card.isOpen) log.push('close');
      card.isOpen = false;
    },
  };
  return { card, log };
}

function setup(o: { engaged?: boolean; fail?: boolean; valid?: boolean } = {}) {
  const { card, log } = fakeCard(o.fail);
  const errors: string[] = [];
  const presenter = createPresenter({
    card: () => card,
    ready: () => true,
    verified: async () => o.valid ?? true,
    engaged: () => o.engaged ?? false,
    error: (code) => errors.push(code),
  });
  return { presenter, card, log, errors };
}

const nps = question();
const effort = question({ id: 'preventive-effort', quality: 'preventive' });

describe('createPresenter', () => {
  it.each<[string, { engaged?: boolean }, string, string, boolean]>([
    ['an ask replaces an untouched automatic card', {}, 'stage', 'manual', true],
    [
      'an ask never replaces a card the customer is using',
      { engaged: true },
      'stage',
      'manual',
      false,
    ],
    ['an ask never replaces another ask’s card', {}, 'manual', 'manual', false],
    ['targeting never replaces any card', {}, 'stage', 'exit', false],
    ['targeting never replaces an asked card', {}, 'manual', 'stage', false],
    ['the launcher replaces an untouched automatic card', {}, 'stage', 'launcher', true],
    [
      'the launcher never replaces a card the customer is using',
      { engaged: true },
      'stage',
      'launcher',
      false,
    ],
    ['targeting never replaces the launcher’s card', {}, 'launcher', 'stage', false],
  ])('%s', async (_name, o, first, second, replaced) => {
    const { presenter, log } = setup(o);
    await presenter.present(nps, first);
    const result = await presenter.present(effort, second);
    expect(result.shown).toBe(replaced);
    expect(log).toEqual(
      replaced
        ? [`show advocate-nps (${first})`, 'close', `show preventive-effort (${second})`]
        : [`show advocate-nps (${first})`],
    );
  });

  it('holds targeting back while an ask is under way', async () => {
    const { presenter } = setup();
    let release: (v: undefined) => void = () => undefined;
    const pending = presenter.asking(
      () =>
        new Promise<undefined>((r) => {
          release = r;
        }),
    );
    expect(presenter.busy()).toBe(true);
    release(undefined);
    await pending;
    expect(presenter.busy()).toBe(false);
  });

  it('reports a card that cannot render', async () => {
    const { presenter, errors } = setup({ fail: true });
    expect(await presenter.present(nps, 'stage')).toEqual({ shown: false, reason: 'render' });
    expect(errors).toEqual(['render']);
  });
});

describe('askNow', () => {
  const deps = (
    o: Partial<Parameters<typeof askNow>[1]> & { optedOut?: boolean; full?: boolean } = {},
  ) => {
    const errors: string[] = [];
    const shown: string[] = [];
    return {
      errors,
      shown,
      d: {
        items: [nps],
        destroyed: () => false,
        consented: () => true,
        open: async () => ({ visitor: { optedOut: o.optedOut ?? false } }),
        isFull: async () => o.full ?? false,
        promptOpen: () => false,
        show: async (q: { id: string }) => {
          shown.push(q.id);
          return { shown: true as const, eventId: 'e1' };
        },
        error: (code: string) => errors.push(code),
        ...o,
      } as Parameters<typeof askNow>[1],
    };
  };

  it.each<[string, Parameters<typeof deps>[0], string, string[]]>([
    ['shown, past every targeting rule', {}, 'advocate-nps', []],
    ['never after destroy', { destroyed: () => true }, 'destroyed', []],
    ['never without consent', { consented: () => false }, 'consent', ['consent']],
    ['never after "Don\'t ask me again"', { optedOut: true }, 'opted-out', ['consent']],
    ['never over a card in use', { promptOpen: () => true }, 'a prompt is already open', []],
    ['never while the queue is full', { full: true }, 'queue-full', ['queue-full']],
  ])('%s', async (_name, o, expected, errors) => {
    const s = deps(o);
    const result = await askNow('advocate-nps', s.d);
    expect(result.shown ? s.shown[0] : result.reason).toBe(expected);
    expect(s.errors).toEqual(errors);
  });

  it('names the known questions for an unknown one', async () => {
    const s = deps();
    expect(await askNow('nope', s.d)).toEqual({ shown: false, reason: 'unknown-question' });
    expect(s.errors).toEqual(['unknown-question']);
  });
});

describe('createPresenter and the config verdict', () => {
  it('never shows a prompt for a config the validator refused', async () => {
    const s = setup({ valid: false });
    expect(await s.presenter.present(nps, 'manual')).toEqual({ shown: false, reason: 'config' });
    expect(s.log).toEqual([]);
  });

  it('lets only one card load at a time', async () => {
    const s = setup();
    const [first, second] = await Promise.all([
      s.presenter.present(nps, 'stage'),
      s.presenter.present(effort, 'stage'),
    ]);
    expect(first).toMatchObject({ shown: true });
    expect(second).toEqual({ shown: false, reason: 'a prompt is already open' });
  });
});
