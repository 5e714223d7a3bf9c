// A worker thread's entry: one processor, fed batches of tasks, answering each batch with its results in order.
import { parentPort, workerData } from 'node:worker_threads';
import { Processor } from './processor.js';
import type { ProcessorConfig, Task, TaskResult } from './task.js';

export interface BatchRequest {
  readonly id: number;
  readonly tasks: readonly Task[];
}

export type BatchReply = { readonly id: number; readonly results: readonly TaskResult[] } | { readonly id: number; readonly error: string };

if (parentPort !== null) {
  const port = parentPort;
  const processor = new Processor(workerData as ProcessorConfig);
  // Batches are handled one after another, so a worker's results come back in the order it was sent them.
  let queue = Promise.resolve();
  port.on('message', (request: BatchRequest) => {
    queue = queue.then(async () => {
      try {
        const results: TaskResult[] = [];
        for (const task of request.tasks) results.push(await processor.run(task));
        port.postMessage({ id: request.id, results } satisfies BatchReply);
      } catch (error) {
        port.postMessage({ id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BatchReply);
      }
    });
  });
}
