// Writes the JSON Schemas under schemas/ from the zod model (run after `npm run build`; a test fails when stale).
import { writeFileSync } from 'node:fs';
import { entityJsonSchema, profileJsonSchema } from '../dist/index.js';

const write = (name, schema) => writeFileSync(new URL(`../schemas/${name}`, import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
write('wikibase-entity.schema.json', entityJsonSchema());
write('profile.schema.json', profileJsonSchema());
