// A worker thread's entry: one processor, fed batches of tasks, answering each batch with its results in order.
import { parentPort, workerData } from 'node:worker_threads';
import { Processor } from './processor.js';
import { resultAsBytes, type ProcessorConfig, type Task, type TaskResult } from './task.js';

export interface BatchRequest {
  readonly id: number;
  readonly tasks: readonly Task[];
}

export type BatchReply = { readonly id: number; readonly results: readonly TaskResult[] } | { readonly id: number; readonly error: string };

const encoder = new TextEncoder();

/**
 * Entity texts go back as UTF-8 bytes, moved rather than copied: the main thread then holds a byte a character,
 * off its heap, for results that wait there for earlier ones, and writes them as they are.
 */
function asBytes(result: TaskResult, transfer: ArrayBuffer[]): TaskResult {
  return resultAsBytes(result, (text) => {
    const bytes = encoder.encode(text);
    transfer.push(bytes.buffer as ArrayBuffer);
    return bytes;
  });
}

if (parentPort !== null) {
  const port = parentPort;
  const processor = new Processor(workerData as ProcessorConfig);
  // Batches are handled one after another, so a worker's results come back in the order it was sent them.
  let queue = Promise.resolve();
  port.on('message', (request: BatchRequest) => {
    queue = queue.then(async () => {
      try {
        const results: TaskResult[] = [];
        const transfer: ArrayBuffer[] = [];
        for (const task of request.tasks) results.push(asBytes(await processor.run(task), transfer));
        port.postMessage({ id: request.id, results } satisfies BatchReply, transfer);
      } catch (error) {
        port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BatchReply);
      }
    });
  });
}
