// Wikibase JSON: `{"entities": {…}}` as Special:EntityData serves it, or NDJSON, one entity a line, as in dumps.
import { drained, identified, type Emitter, type EmitterOptions } from '../emitter.js';
import { serializeItem } from './serialize.js';

export function jsonEmitter({ out }: EmitterOptions): Emitter {
  let first = true;
  out.write('{"entities":{');
  return {
    async write(item) {
      const chunk = `${first ? '' : ','}${JSON.stringify(identified(item).id)}:${JSON.stringify(serializeItem(item))}`;
      first = false;
      await drained(out, out.write(chunk));
    },
    async end() {
      out.write('}}\n');
    },
  };
}

export function ndjsonEmitter({ out }: EmitterOptions): Emitter {
  return {
    async write(item) {
      await drained(out, out.write(`${JSON.stringify(serializeItem(item))}\n`));
    },
    async end() {},
  };
}
