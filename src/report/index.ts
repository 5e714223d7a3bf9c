// Reports of a validation run: for people, JSON, JUnit XML and GitHub annotations.
export * from './validation-report.js';
export * from './text-report.js';
export * from './json-report.js';
export * from './junit-report.js';
export * from './github-report.js';
