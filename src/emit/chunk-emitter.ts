// The emitter of every streaming format, built from its chunk serializer: the one path that writes such a format.
import { drained, type ChunkSerializerFactory, type Emitter, type EmitterFactory } from './emitter.js';

/** Head at once, then each entity's chunk (the separator before all but the first), then the tail at the end. */
export function chunkEmitter(serializer: ChunkSerializerFactory): EmitterFactory {
  return (options) => {
    const { out } = options;
    const format = serializer(options);
    let first = true;
    let header = format.header;
    if (format.head !== '') out.write(format.head);
    const emitter: Emitter = {
      async write(item, origin = 'document') {
        let chunk = format.entity(item, origin);
        if (header?.wanted(origin) === true) {
          chunk = `${header.text}${chunk}`;
          header = undefined;
        }
        const text = first ? chunk : `${format.separator}${chunk}`;
        first = false;
        if (text !== '') await drained(out, out.write(text));
      },
      async end() {
        if (format.tail !== '') await drained(out, out.write(format.tail));
      },
    };
    return emitter;
  };
}
