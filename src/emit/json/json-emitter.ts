// Wikibase JSON: `{"entities": {…}}` as Special:EntityData serves it, or NDJSON, one entity a line, as in dumps.
import { chunkEmitter } from '../chunk-emitter.js';
import { identified, type ChunkSerializerFactory } from '../emitter.js';
import { serializeItem } from './serialize.js';

export const jsonSerializer: ChunkSerializerFactory = () => ({
  head: '{"entities":{',
  separator: ',',
  tail: '}}\n',
  entity: (item) => `${JSON.stringify(identified(item).id)}:${JSON.stringify(serializeItem(item))}`,
});

export const ndjsonSerializer: ChunkSerializerFactory = () => ({
  head: '',
  separator: '',
  tail: '',
  entity: (item) => `${JSON.stringify(serializeItem(item))}\n`,
});

export const jsonEmitter = chunkEmitter(jsonSerializer);
export const ndjsonEmitter = chunkEmitter(ndjsonSerializer);
