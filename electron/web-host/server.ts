import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import type { ServiceEvent } from '../../src/contract/calls';
import type { Envelope } from '../../src/contract/errors';
import { createHostDispatch, type Dispatch } from '../service/host-dispatch';
import { browserHostHandlers } from './host-calls';

/**
 * The browser host: the built renderer and the service's contract over HTTP, on 127.0.0.1 only.
 *   POST /api/call/<name>   body: the call's input as JSON → the envelope as JSON
 *   GET  /api/events        server-sent events: one `message` per service event ({ name, payload })
 *   GET  /*                 the renderer's files (index.html for routes)
 * Every request needs the per-run token (query `token`, then a SameSite=Strict cookie named after
 * the port, so two hosts in one browser keep their own, or an `Authorization: Bearer` header) and a Host (and Origin, when sent) of this very server: a page
 * on another site, or a DNS-rebinding name pointing at 127.0.0.1, gets 401/403 and nothing else.
 */

export interface ServiceLike {
  dispatch(name: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: (event: ServiceEvent) => void): () => void;
  readonly dataDir: string;
}

export interface WebHostOptions {
  service: ServiceLike;
  /**
   * Answers every call (`host.*` and the service's). Default: the service's dispatch with the
   * browser's own `host.*` answers (electron/web-host/host-calls.ts), the same routing as Electron's.
   */
  dispatch?: Dispatch;
  /** The built renderer (index.html and assets). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  token?: string;
  /** The largest call body accepted; a bigger one is answered 413 (default 80 MB). */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The token's cookie, one per host: a browser sends cookies to every port of 127.0.0.1, so a
 * second host (another port) must not overwrite the first one's. The page removes the token from
 * its address once loaded (src/renderer/transport/http.ts); the cookie carries it from then on.
 */
export function tokenCookieName(port: number): string {
  return `samspil_token_${port}`;
}
const MAX_BODY_BYTES = 80 * 1024 * 1024;
const HEARTBEAT_MS = 15_000;
/** How long `close()` lets calls in flight finish before it cuts the connections left open. */
const CLOSE_GRACE_MS = 2_000;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
};

/** The same policy the Electron window gets: our own files only, no inline or eval'd script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const dispatch =
    options.dispatch ?? createHostDispatch(options.service, browserHostHandlers({ dataDir: options.service.dataDir }));
  let port = 0;
  let closing = false;
  const streams = new Set<ServerResponse>();

  const server = createServer((request, response) => {
    void handle(request, response).catch(() => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal error');
      else response.end();
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (closing) {
      // A page's event stream reconnecting over a kept-alive connection while we stop: no new
      // work, and the connection goes, so closing the server does not wait for it.
      response.setHeader('Connection', 'close');
      send(response, 503, 'text/plain; charset=utf-8', 'Samspil is stopping.');
      return;
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!isOwnHost(request.headers.host, port) || !isOwnOrigin(request.headers.origin, port)) {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    const queryToken = url.searchParams.get('token');
    if (!sameToken(presentedToken(request, queryToken, port), token)) {
      send(response, 401, 'text/plain; charset=utf-8', 'Unauthorized: open the address Samspil printed, with its token.');
      return;
    }
    if (queryToken !== null) {
      response.setHeader('Set-Cookie', `${tokenCookieName(port)}=${token}; Path=/; HttpOnly; SameSite=Strict`);
    }
    if (url.pathname.startsWith('/api/call/') && request.method === 'POST') {
      let name: string;
      try {
        name = decodeURIComponent(url.pathname.slice('/api/call/'.length));
      } catch {
        // `%E0%A4%A`: not a name at all, and the caller's mistake, not ours.
        request.resume();
        sendJson(response, 400, { ok: false, error: { code: 'unknown_call', params: { call: url.pathname.slice(10, 110) } } });
        return;
      }
      await handleCall(name, request, response);
      return;
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      handleEvents(response);
      return;
    }
    if (request.method === 'GET' || request.method === 'HEAD') {
      await serveStatic(url.pathname, response, request.method === 'HEAD');
      return;
    }
    send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
  }

  async function handleCall(name: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
    let input: unknown;
    try {
      const body = await readBody(request, options.maxBodyBytes ?? MAX_BODY_BYTES);
      input = body.length === 0 ? {} : (JSON.parse(body) as unknown);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        // Answered, not reset: the rest of the body is read and dropped (a connection closed
        // with unread data would reach the client as a reset before it reads the answer).
        sendJson(response, 413, { ok: false, error: { code: 'invalid_input', params: { call: name, detail: `body over ${error.limit} bytes` } } });
        return;
      }
      sendJson(response, 400, { ok: false, error: { code: 'invalid_input', params: { call: name, detail: 'body is not JSON' } } });
      return;
    }
    const envelope = await dispatch(name, input);
    // Stopping meanwhile: answer, then let the connection go rather than keep it alive.
    if (closing) response.setHeader('Connection', 'close');
    sendJson(response, 200, envelope);
  }

  function handleEvents(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Content-Type-Options': 'nosniff',
    });
    response.write(': connected\n\n');
    streams.add(response);
    const heartbeat = setInterval(() => response.write(': ping\n\n'), HEARTBEAT_MS);
    const unsubscribe = options.service.subscribe((event) => {
      response.write(`data: ${JSON.stringify(event)}\n\n`);
    });
    response.on('close', () => {
      clearInterval(heartbeat);
      unsubscribe();
      streams.delete(response);
    });
  }

  async function serveStatic(pathname: string, response: ServerResponse, headOnly: boolean): Promise<void> {
    let relative: string;
    try {
      relative = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
    } catch {
      send(response, 400, 'text/plain; charset=utf-8', 'Bad path');
      return;
    }
    const root = normalize(options.staticDir + sep);
    let file = join(root, relative);
    if (!file.startsWith(root)) {
      send(response, 403, 'text/plain; charset=utf-8', 'Forbidden');
      return;
    }
    let info = await stat(file).catch(() => null);
    if (!info || info.isDirectory()) {
      // Client-side routes (no file extension) get the app; a missing asset is a 404.
      if (extname(relative) !== '') {
        send(response, 404, 'text/plain; charset=utf-8', 'Not found');
        return;
      }
      file = join(root, 'index.html');
      info = await stat(file).catch(() => null);
      if (!info) {
        send(response, 500, 'text/plain; charset=utf-8', 'The renderer is not built: run `npm run build` first.');
        return;
      }
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    if (headOnly) {
      response.end();
      return;
    }
    createReadStream(file).pipe(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    close: async () => {
      // server.close() waits for every open connection, and an open page keeps some: its event
      // stream, and kept-alive sockets it may reuse to reconnect. End the streams, refuse new
      // requests, let calls in flight finish for a moment, then cut what is left.
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      for (const stream of streams) {
        const socket = stream.socket;
        stream.end(() => socket?.destroy());
      }
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
      await closed;
      clearTimeout(cut);
    },
  };
}

/** The Host header must name this server: a rebinding attack brings a foreign name. */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function presentedToken(request: IncomingMessage, queryToken: string | null, port: number): string | null {
  if (queryToken !== null) return queryToken;
  const auth = request.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice('Bearer '.length);
  const cookie = request.headers.cookie ?? '';
  for (const part of cookie.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === tokenCookieName(port)) return value.join('=');
  }
  return null;
}

function sameToken(presented: string | null, expected: string): boolean {
  if (presented === null) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

class BodyTooLarge extends Error {
  constructor(readonly limit: number) {
    super('body too large');
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(new BodyTooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > limit) return; // past the limit: read and dropped
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        reject(new BodyTooLarge(limit));
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
