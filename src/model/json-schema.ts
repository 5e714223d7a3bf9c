// JSON Schema for the Wikibase JSON we write, generated from the zod model (never edited by hand).
import { z } from 'zod';
import { DataValueSchema } from './datavalue.js';
import { ItemSchema, PropertyEntitySchema, TermSchema } from './entity.js';
import { SnakSchema } from './snak.js';
import { ReferenceSchema, StatementSchema } from './statement.js';

export function entityJsonSchema(): object {
  const registry = z.registry<{ id: string; title?: string; description?: string }>();
  registry.add(ItemSchema, { id: 'item', description: 'One item; NDJSON output has one of these (or a property) per line.' });
  registry.add(PropertyEntitySchema, { id: 'property', description: 'One property: its datatype, terms and statements.' });
  registry.add(StatementSchema, { id: 'statement' });
  registry.add(ReferenceSchema, { id: 'reference' });
  registry.add(SnakSchema, { id: 'snak' });
  registry.add(DataValueSchema, { id: 'datavalue' });
  registry.add(TermSchema, { id: 'term' });
  const envelope = z.object({ entities: z.record(z.string(), z.discriminatedUnion('type', [ItemSchema, PropertyEntitySchema])) });
  registry.add(envelope, {
    id: 'entities',
    title: 'Wikibase JSON written by wbimport',
    description: 'The {"entities": {…}} envelope that Special:EntityData serves and wbeditentity takes per item.',
  });
  return z.toJSONSchema(envelope, { io: 'output', target: 'draft-2020-12', metadata: registry, reused: 'ref' });
}
