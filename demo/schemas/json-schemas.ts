import { z } from 'zod/mini';
import { configSchema } from '../../src/config/schema.ts';
import { waypointEventSchema } from '../../src/transport/wire-schema.ts';

const BASE = 'https://unpkg.com/waypoint-feedback/dist';

/** The published artefacts: file name in `dist/` → JSON Schema (draft 2020-12). */
export type SchemaFiles = Record<
  'waypoint-config.schema.json' | 'waypoint-event.schema.json',
  object
>;

/**
 * The JSON Schemas of the config and of one wire event, generated from the zod schemas (zod 4's
 * own JSON Schema output), so there is one source of truth. `io: 'input'` describes what a
 * person writes (defaults make fields optional). A zod refinement JSON Schema cannot say (a
 * date that really exists) is left out rather than failing the build; the one rule that it can
 * say, "an answer event carries an answer", is added by hand.
 *
 * @example
 * const { 'waypoint-event.schema.json': event } = jsonSchemas();
 */
export function jsonSchemas(): SchemaFiles {
  const options = { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' } as const;
  return {
    'waypoint-config.schema.json': {
      $id: `${BASE}/waypoint-config.schema.json`,
      title: 'Waypoint config',
      ...allowSchemaKey(z.toJSONSchema(configSchema, options)),
    },
    'waypoint-event.schema.json': {
      $id: `${BASE}/waypoint-event.schema.json`,
      title: 'Waypoint CloudEvent (one event of a batch)',
      ...z.toJSONSchema(waypointEventSchema, options),
      // checkWaypointEvent's own rule, outside the zod object.
      allOf: [answerNeedsAnswer()],
    },
  };
}

/** JSON Schema's `if`/`then`: an answer event's data carries an answer. */
function answerNeedsAnswer(): object {
  return {
    if: { properties: { type: { const: 'waypoint.answer' } }, required: ['type'] },
    // biome-ignore lint/suspicious/noThenProperty: the JSON Schema keyword; this object is data, never awaited
    then: { properties: { data: { required: ['answer'] } } },
  };
}

/**
 * The config is a strict object (unknown keys are errors), but a file that names its own
 * schema with `$schema` is what lets an editor complete and check it: allow that one key.
 */
function allowSchemaKey(schema: Record<string, unknown>): Record<string, unknown> {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  return { ...schema, properties: { $schema: { type: 'string' }, ...properties } };
}
