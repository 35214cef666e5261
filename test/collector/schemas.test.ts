// The published JSON Schemas, checked with a standard validator (ajv, draft 2020-12) against
// what people will feed them: the README's examples, the demo config and real SDK events.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../demo/schemas/json-schemas.ts';
import { parseConfig } from '../../src/config/parse.ts';
import { captureEvent } from '../../src/transport/capture.ts';
import { DEFAULT_QUESTIONS } from '../../src/ui/i18n/default-questions.ts';
import { makeEvent, newerSdkEvent, olderSdkEvent } from './fixtures.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const schemas = jsonSchemas();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const checkConfig = ajv.compile(schemas['waypoint-config.schema.json']);
const checkEvent = ajv.compile(schemas['waypoint-event.schema.json']);

/** The ```json blocks of a README section. */
function jsonBlocks(heading: string): unknown[] {
  const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf(heading);
  const end = readme.indexOf('\n## ', start + heading.length);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1] as string));
}

describe('waypoint-event.schema.json', () => {
  it("accepts the README's example event", () => {
    const [example] = jsonBlocks('## What reaches your endpoint');
    expect(checkEvent(example), ajv.errorsText(checkEvent.errors)).toBe(true);
  });

  it("accepts every event the SDK makes, and older and newer SDKs' events", () => {
    const config = parseConfig({
      endpoint: 'https://c.example/e',
      questions: [...DEFAULT_QUESTIONS],
    });
    for (const question of config.questions) {
      const event = captureEvent({
        type: 'waypoint.answer',
        id: '0193a4f2-7b1c-7d3e-9a41-2f8c5e6d7a10',
        now: Date.UTC(2026, 10, 22),
        source: 'https://shop.example.com',
        site: 'acme',
        stage: 'use',
        question,
        text: 'How …?',
        answer: { value: question.type === 'text' ? 'fine' : 3 },
        context: makeEvent().data.context as never,
        scrubText: true,
      });
      expect(checkEvent(event), ajv.errorsText(checkEvent.errors)).toBe(true);
    }
    for (const event of [olderSdkEvent(), newerSdkEvent()]) expect(checkEvent(event)).toBe(true);
    const scored = makeEvent();
    (scored.data as { answer: object }).answer = { value: 9, score: 90 };
    expect(checkEvent(scored), ajv.errorsText(checkEvent.errors)).toBe(true);
  });

  it.each([
    ['no id', { id: undefined }],
    ['a foreign type', { type: 'com.example.order' }],
    ['no quality', { quality: undefined }],
    ['an answer event without an answer', { data: { question: { id: 'q', type: 'nps' } } }],
    [
      'a score above 100',
      { data: { question: { id: 'q', type: 'nps' }, answer: { value: 9, score: 120 } } },
    ],
  ])('refuses an event with %s, as the collector does', (_name, patch) => {
    const event = JSON.parse(JSON.stringify({ ...makeEvent(), ...patch }));
    expect(checkEvent(event)).toBe(false);
  });
});

describe('waypoint-config.schema.json', () => {
  it('accepts the demo shop config as shipped: a document without the endpoint its tag gives', () => {
    const file = JSON.parse(readFileSync(resolve(ROOT, 'demo/site/waypoint.json'), 'utf8'));
    expect(file.endpoint).toBeUndefined();
    expect(checkConfig(file), ajv.errorsText(checkConfig.errors)).toBe(true);
  });

  it("accepts the README's example question inside a config", () => {
    for (const question of jsonBlocks('## Triggers')) {
      const config = { endpoint: 'https://c.example/e', questions: [question] };
      expect(checkConfig(config), ajv.errorsText(checkConfig.errors)).toBe(true);
    }
  });

  it('lets a config name its schema, and refuses unknown keys like the SDK', () => {
    const $schema = 'https://unpkg.com/waypoint-feedback/dist/waypoint-config.schema.json';
    expect(checkConfig({ $schema, endpoint: '/v1/events' })).toBe(true);
    expect(checkConfig({ endpoint: '/v1/events', colour: 'red' })).toBe(false);
  });

  it('describes scores: the default bank passes, a score off 0–100 does not', () => {
    const config = { endpoint: '/v1/events', questions: [...DEFAULT_QUESTIONS] };
    expect(checkConfig(config), ajv.errorsText(checkConfig.errors)).toBe(true);
    const yesno = DEFAULT_QUESTIONS.find((q) => q.type === 'yesno');
    const off = { ...yesno, score: { yes: 0, no: 101 } };
    expect(checkConfig({ endpoint: '/v1/events', questions: [off] })).toBe(false);
  });
});
