// Property datatypes and the datavalue type each one stores, as Wikibase defines them.
import { z } from 'zod';

export const DATATYPES = [
  'wikibase-item',
  'wikibase-property',
  'string',
  'external-id',
  'url',
  'commonsMedia',
  'geo-shape',
  'tabular-data',
  'math',
  'musical-notation',
  'globe-coordinate',
  'monolingualtext',
  'quantity',
  'time',
  'entity-schema',
  'wikibase-lexeme',
  'wikibase-form',
  'wikibase-sense',
] as const;

export const DatatypeSchema = z.enum(DATATYPES);
export type Datatype = z.infer<typeof DatatypeSchema>;

export const VALUE_TYPE_OF_DATATYPE = {
  'wikibase-item': 'wikibase-entityid',
  'wikibase-property': 'wikibase-entityid',
  string: 'string',
  'external-id': 'string',
  url: 'string',
  commonsMedia: 'string',
  'geo-shape': 'string',
  'tabular-data': 'string',
  math: 'string',
  'musical-notation': 'string',
  'globe-coordinate': 'globecoordinate',
  monolingualtext: 'monolingualtext',
  quantity: 'quantity',
  time: 'time',
  'entity-schema': 'string',
  'wikibase-lexeme': 'wikibase-entityid',
  'wikibase-form': 'wikibase-entityid',
  'wikibase-sense': 'wikibase-entityid',
} as const satisfies Record<Datatype, string>;
