// Wikibase JSON: `{"entities": {…}}` as Special:EntityData serves it, or NDJSON, one entity a line, as in dumps.
import type { Emitter, EmitterOptions } from '../emitter.js';
import { serializeItem } from './serialize.js';

export function jsonEmitter({ out }: EmitterOptions): Emitter {
  let first = true;
  out.write('{"entities":{');
  return {
    write(item) {
      out.write(`${first ? '' : ','}${JSON.stringify(item.id)}:${JSON.stringify(serializeItem(item))}`);
      first = false;
    },
    async end() {
      out.write('}}\n');
    },
  };
}

export function ndjsonEmitter({ out }: EmitterOptions): Emitter {
  return {
    write(item) {
      out.write(`${JSON.stringify(serializeItem(item))}\n`);
    },
    async end() {},
  };
}
