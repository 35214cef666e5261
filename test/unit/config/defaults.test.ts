// The defaults are written once (src/config/schema-defaults.ts); these show that the zod schema,
// the JSON Schema published from it and the core's resolver all give those same values.
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../../demo/schemas/json-schemas';
import { resolveConfig } from '../../../src/config/resolve';
import { configSchema } from '../../../src/config/schema';
import * as DEFAULT from '../../../src/config/schema-defaults';

interface JsonSchema {
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
}

/** The `default` of each property, nested objects as objects (those without any left out). */
function defaultsOf(s: JsonSchema): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, p] of Object.entries(s.properties ?? {})) {
    const nested = p.properties ? defaultsOf(p) : {};
    if (Object.keys(nested).length) out[key] = nested;
    else if ('default' in p && !p.properties) out[key] = p.default;
  }
  return out;
}

const config = jsonSchemas()['waypoint-config.schema.json'] as JsonSchema;
const item = (key: string) => defaultsOf(config.properties?.[key]?.items ?? {});

describe('the config defaults', () => {
  it('are what the published JSON Schema declares', () => {
    const top = defaultsOf(config);
    expect(top.locale).toBe(DEFAULT.LOCALE);
    expect(top.debug).toBe(DEFAULT.DEBUG);
    expect(top.limits).toEqual({
      ...DEFAULT.LIMITS,
      perStage: DEFAULT.PER_STAGE,
      perQuality: DEFAULT.PER_QUALITY,
    });
    expect(top.appearance).toEqual({ ...DEFAULT.APPEARANCE, launcher: DEFAULT.LAUNCHER });
    expect(top.privacy).toEqual(DEFAULT.PRIVACY);
    expect(item('questions')).toEqual({ ...DEFAULT.QUESTION, ...DEFAULT.TARGETING });
    expect(item('surveys')).toEqual(DEFAULT.TARGETING);
  });

  it('are what both the schema and the resolver fill in, around what was given', () => {
    const doc = {
      endpoint: 'https://collect.example.com/v1/events',
      stages: [{ id: 'use' }],
      questions: [{ id: 'q', quality: 'advocate', type: 'nps', text: 'Recommend us?' }],
      surveys: [{ id: 's', steps: [{ question: 'q' }], stages: ['use'] }],
      limits: { perStage: { max: 2 } },
      appearance: { theme: 'dark', launcher: { survey: 's' } },
    };
    const parsed = configSchema.parse(doc);
    const resolved = resolveConfig(doc);
    const { questions, surveys, ...rest } = parsed;
    expect(resolved).toMatchObject({ ...rest, site: 'default' });
    expect(resolved.stages).toEqual(parsed.stages);
    expect(resolved.limits.perStage).toEqual({ max: 2, days: DEFAULT.PER_STAGE.days });
    expect(resolved.questions).toEqual([{ ...questions?.[0], stages: ['use'] }]);
    expect(resolved.surveys).toEqual([{ ...surveys?.[0], quality: 'advocate' }]);
  });
});
