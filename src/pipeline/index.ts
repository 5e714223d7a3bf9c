// Pipelines: the stages put together for each command.
export * from './convert.js';
export * from './summary.js';
export { defaultJobs } from './worker-pool.js';
