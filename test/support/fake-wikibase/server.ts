// The HTTP side: a real server on 127.0.0.1, raw bytes captured per request, faults applied, every request logged.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { faultTarget, handleApiRequest } from './api-main.js';
import type { ApiState } from './api-module.js';
import { EntityStore } from './entity-store.js';
import { FaultSchedule } from './faults.js';
import { createPrng } from './prng.js';
import { readApiRequest, type ApiRequest } from './request.js';
import { htmlReply, type HttpReply } from './response.js';
import { RateLimiter } from './rate-limits.js';
import { Sessions } from './sessions.js';
import { DEFAULT_CREATE_RATE_LIMIT, DEFAULT_EDIT_RATE_LIMIT, euKnowledgeGraphProperties, STOCK_LIMITS, type WikiConfig } from './wiki-config.js';
import type { FakeWikibase, FakeWikibaseOptions, FaultKind, RequestRecord } from './types.js';

export const DEFAULT_BOT_PASSWORD = { username: 'Importer@wbimport', password: 'bot-secret-123' } as const;
export const DEFAULT_OAUTH_TOKEN = 'oauth-secret-456';
export const API_PATH = '/w/api.php';

export async function startFakeWikibase(options: FakeWikibaseOptions = {}): Promise<FakeWikibase> {
  const lag = options.lag ?? 7;
  const retryAfterSeconds = options.retryAfterSeconds ?? 1;
  const defaults = euKnowledgeGraphProperties();
  const config: WikiConfig = {
    properties: new Map([...defaults.datatypes, ...Object.entries(options.properties ?? {})]),
    propertyLabels: defaults.labels,
    limits: { ...STOCK_LIMITS, ...options.limits },
    conceptBase: options.conceptBase ?? 'https://linkedopendata.eu/entity/',
    tags: new Set(options.tags ?? []),
    editRateLimit: options.editRateLimit ?? DEFAULT_EDIT_RATE_LIMIT,
    createRateLimit: options.createRateLimit ?? DEFAULT_CREATE_RATE_LIMIT,
    now: options.now ?? Date.now,
  };
  const store = new EntityStore(options.entities ?? [], (s) => ({ config, itemExists: (id) => s.get(id) !== undefined }));
  const sessions = new Sessions(
    { botPasswords: [options.botPassword ?? DEFAULT_BOT_PASSWORD, ...(options.botPasswords ?? [])], oauthToken: options.oauthToken ?? DEFAULT_OAUTH_TOKEN },
    createPrng(0x70ce),
  );
  const faults = new FaultSchedule(options.faults, lag);
  const log: RequestRecord[] = [];
  const rawRequests: string[] = [];
  const sockets = new Set<Socket>();
  const received = new Map<Socket, Buffer[]>();

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Reaching here is a bug in the fake; answer as a PHP fatal error would, and keep the test process alive.
      if (!res.headersSent && !res.destroyed) send(res, htmlReply(500, 'Internal error', String(error)));
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    received.set(socket, []);
    // Prepended so the bytes are recorded before the HTTP parser sees them.
    socket.prependListener('data', (chunk: Buffer) => received.get(socket)?.push(chunk));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      sockets.delete(socket);
      received.delete(socket);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('fake wikibase: no TCP address');
  const origin = `http://127.0.0.1:${address.port}`;
  const apiPath = options.apiPath ?? API_PATH;
  const state: ApiState = {
    sessions,
    store,
    config,
    limiter: new RateLimiter(config.now),
    origin,
    apiUrl: `${origin}${apiPath}`,
    lag,
    replicaLag: 0,
    retryAfterSeconds,
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.on('error', () => undefined);
    const body = await readBody(req);
    if (body === undefined) return; // the client went away mid-request: nothing was handled
    const request = await readApiRequest(req.method ?? 'GET', req.url ?? '/', req.headers, body);
    await new Promise((resolve) => setImmediate(resolve));
    // From here on everything is synchronous, so log[i] and rawRequests[i] are the same request.
    rawRequests.push(takeReceived(req.socket));
    const record = (status: number, fault: FaultKind | undefined): void => {
      log.push(requestRecord(request, status, fault));
    };
    if (request.path !== apiPath) {
      record(404, undefined);
      send(res, htmlReply(404, 'Not Found', `The requested URL ${request.path} was not found on this server.`));
      return;
    }
    const fault = faults.next(faultTarget(request.params));
    const retryAfter = { 'retry-after': String(retryAfterSeconds) };
    switch (fault) {
      case 'drop-before':
        record(0, fault);
        req.socket.destroy();
        return;
      case 'ratelimit':
        record(429, fault);
        send(res, htmlReply(429, 'Too Many Requests', 'You are making too many requests. Please slow down.', retryAfter));
        return;
      case 'server-error':
        record(500, fault);
        send(res, htmlReply(500, 'Internal error', '[fake] Fatal exception of type "Wikimedia\\Rdbms\\DBQueryError"'));
        return;
      case 'unavailable':
        record(503, fault);
        send(res, htmlReply(503, 'Service Unavailable', 'Our servers are currently under maintenance.', retryAfter));
        return;
      default:
        break;
    }
    const apiFault = fault === 'maxlag' || fault === 'badtoken' || fault === 'editconflict' ? fault : undefined;
    const reply = handleApiRequest(request, state, apiFault);
    if (fault === 'drop-after') {
      record(0, fault);
      req.socket.destroy();
      return;
    }
    record(reply.status, fault);
    send(res, reply);
  }

  function takeReceived(socket: Socket): string {
    const chunks = received.get(socket) ?? [];
    received.set(socket, []);
    return Buffer.concat(chunks).toString('utf8');
  }

  return {
    apiUrl: state.apiUrl,
    get entities(): ReadonlyMap<string, unknown> {
      return new Map([...store.all()].map((stored) => [stored.id, EntityStore.fullJson(stored)]));
    },
    log,
    rawRequests,
    injectNext: (...kinds) => faults.inject(kinds),
    setFaults: (plan) => faults.set(plan),
    editCount: () => store.successfulEdits,
    setLag: (seconds) => {
      state.replicaLag = seconds;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        for (const socket of sockets) socket.destroy();
      }),
  };
}

/** The whole body, or undefined when the client aborted before sending it all. */
function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', () => resolve(undefined));
    req.on('close', () => {
      if (!req.complete) resolve(undefined);
    });
  });
}

function requestRecord(request: ApiRequest, status: number, fault: FaultKind | undefined): RequestRecord {
  return {
    method: request.method,
    action: request.params['action'] ?? '',
    params: { ...request.params },
    status,
    ...(fault === undefined ? {} : { fault }),
    ...(request.authorization === undefined ? {} : { authorization: request.authorization }),
  };
}

function send(res: ServerResponse, reply: HttpReply): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(reply.headers)) headers[name] = typeof value === 'string' ? value : [...value];
  res.writeHead(reply.status, headers);
  res.end(reply.body);
}
