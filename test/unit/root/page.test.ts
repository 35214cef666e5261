// What the runtime reads of its page before it wires anything, and what delivery takes of it.
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../../src/config/resolve';
import { senderSettings } from '../../../src/delivery/settings';
import { readPage } from '../../../src/root/page';

const question = { id: 'q', type: 'rating', quality: 'advocate', text: 'How likely?' };

describe('readPage', () => {
  it('keeps the visit at once only for an audience of new or returning visitors', () => {
    const plain = resolveConfig({ endpoint: 'https://c.example/e', questions: [question] });
    const audience = resolveConfig({
      endpoint: 'https://c.example/e',
      questions: [{ ...question, audience: { visitor: 'returning' } }],
    });
    expect(readPage(plain, { url: 'https://shop.example/' }).keepAtOnce).toBe(false);
    expect(readPage(audience, { url: 'https://shop.example/' }).keepAtOnce).toBe(true);
  });

  it('uses the options in place of the page, and asks in the configured locale', () => {
    const config = resolveConfig({
      endpoint: 'https://c.example/e',
      site: 'shop',
      locale: 'fr-CA',
      questions: [question],
    });
    const page = readPage(config, { url: 'https://shop.example/a?b', now: () => 42 });
    expect(page.url).toBe('https://shop.example/a?b');
    expect(page.locale).toBe('fr-CA');
    expect(page.now()).toBe(42);
    expect(page.items.map((i) => i.id)).toEqual(['q']);
    const settings = senderSettings(config, page, {});
    expect(settings.source).toBe('https://shop.example');
    expect(settings.site).toBe('shop');
    expect(settings.delivery.endpoint).toBe('https://c.example/e');
  });

  it('names a page with no URL by its site', () => {
    const config = resolveConfig({ endpoint: 'https://c.example/e', site: 'shop', questions: [] });
    const page = { ...readPage(config, {}), url: undefined };
    expect(senderSettings(config, page, {}).source).toBe('urn:waypoint:shop');
  });
});
