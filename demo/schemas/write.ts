// `npm run build`'s last step: writes the JSON Schemas into dist/ (see json-schemas.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { jsonSchemas } from './json-schemas.ts';

const dist = resolve(import.meta.dirname, '../../dist');
mkdirSync(dist, { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  writeFileSync(resolve(dist, name), text);
  console.info(`${`dist/${name}`.padEnd(34)} ${String(text.length).padStart(7)} B`);
}
