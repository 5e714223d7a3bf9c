// The network layer both remote sinks build on (upload to a Wikibase, load into a triple store): HTTP with a timeout
// and our User-Agent, auth providers, one retry policy, one credentials format, one redactor.
export * from './auth.js';
export * from './challenge.js';
export * from './clock.js';
export * from './cookie-session.js';
export * from './credentials.js';
export * from './digest.js';
export * from './http.js';
export * from './private-file.js';
export * from './redact.js';
export * from './retry.js';
export * from './user-agent.js';
