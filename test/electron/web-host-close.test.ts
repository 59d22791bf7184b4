// Stopping the browser host (Ctrl+C on `npm run web`, or a test's teardown) while a browser page is
// still open: the page holds an event stream and kept-alive connections, and reconnects when the
// stream ends. `close()` must not wait for the page to go away, yet a call in flight still gets
// its answer.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceEvent } from '../../src/contract/calls';
import type { Envelope } from '../../src/contract/errors';
import { startWebHost, type ServiceLike, type WebHost } from '../../electron/web-host/server';

let staticDir: string;
let host: WebHost | null = null;
let agent: Agent;

/** A service whose `slow` call answers when the test says so; `slowArrived` once it is asked. */
function fakeService(): ServiceLike & { answerSlow: () => void; slowArrived: Promise<void> } {
  let answer: () => void = () => undefined;
  let arrived: () => void = () => undefined;
  const slowArrived = new Promise<void>((resolve) => (arrived = resolve));
  return {
    dataDir: '/nowhere',
    dispatch: async (name: string): Promise<Envelope<unknown>> => {
      if (name === 'slow') {
        arrived();
        await new Promise<void>((resolve) => (answer = resolve));
      }
      return { ok: true, data: { name } } as Envelope<unknown>;
    },
    subscribe: (_listener: (event: ServiceEvent) => void) => () => undefined,
    answerSlow: () => answer(),
    slowArrived,
  };
}

function get(path: string, token: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host!.port, path, agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function openEventStream(token: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host!.port, path: '/api/events', agent, headers: { Authorization: `Bearer ${token}` } }, (res) => {
      res.once('data', () => resolve());
      res.resume();
    });
    req.on('error', reject);
    req.end();
  });
}

function post(name: string, token: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host!.port, path: `/api/call/${name}`, method: 'POST', agent, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' } },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve(JSON.parse(body) as unknown));
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
}

/**
 * What a close that waits for the page would take: Node's keep-alive timeout (5 s), or for ever.
 * The bounds below sit well under it but far above a close's own work, so a loaded machine does
 * not fail them and a close that waits for the page still does.
 */
const KEEP_ALIVE_MS = 5_000;

async function timed(work: Promise<unknown>): Promise<number> {
  const started = Date.now();
  await work;
  return Date.now() - started;
}

beforeEach(() => {
  staticDir = mkdtempSync(join(tmpdir(), 'samspil-web-host-close-'));
  // Kept-alive connections, as a browser keeps them.
  agent = new Agent({ keepAlive: true, maxSockets: 6 });
});
afterEach(async () => {
  agent.destroy();
  rmSync(staticDir, { recursive: true, force: true });
  host = null;
});

describe('closing the browser host', () => {
  it('does not wait for an open page: its event stream and kept-alive connections are closed', async () => {
    host = await startWebHost({ service: fakeService(), staticDir });
    await openEventStream(host.token);
    await openEventStream(host.token);
    expect(await get('/missing.js', host.token)).toMatchObject({ status: 404 });
    // Node's keep-alive timeout alone would hold close() for 5 s; a reconnecting page, for ever.
    expect(await timed(host.close())).toBeLessThan(KEEP_ALIVE_MS - 500);
  });

  it('lets a call in flight finish, then closes', async () => {
    const service = fakeService();
    host = await startWebHost({ service, staticDir });
    const answer = post('slow', host.token);
    // The call is in flight once the service has it (not after a fixed time: a loaded machine may
    // not have sent it yet).
    await service.slowArrived;
    const closing = host.close();
    service.answerSlow();
    await expect(answer).resolves.toEqual({ ok: true, data: { name: 'slow' } });
    expect(await timed(closing)).toBeLessThan(KEEP_ALIVE_MS - 500);
  });

  it('cuts a connection that never finishes its request, after a short grace', async () => {
    host = await startWebHost({ service: fakeService(), staticDir });
    // The host has the half request once its socket reads it (not after a fixed time: a loaded
    // machine may not have read it yet, and the test would then close an idle connection).
    const received = new Promise<void>((resolve) => host!.server.once('connection', (accepted: Socket) => accepted.once('data', () => resolve())));
    const socket = connect(host.port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    socket.on('error', () => undefined);
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n'); // and nothing more
    await received;
    // The grace (2 s) and the cut; without the cut, the request would hold close() for a minute.
    expect(await timed(host.close())).toBeLessThan(20_000);
    socket.destroy();
  });
});
