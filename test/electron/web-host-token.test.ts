// The browser host's token check and request limits, unit-tested on a real server with a fake
// service: no token or a wrong one is 401, the token in the address sets a cookie named after the
// port (two hosts in one browser keep their own), a malformed call name is 400, a body over the
// limit is 413 (answered, not a reset connection).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type OutgoingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/contract/errors';
import { startWebHost, tokenCookieName, type WebHost } from '../../electron/web-host/server';

let staticDir: string;
const hosts: WebHost[] = [];
const LIMIT = 4096;

async function start(token: string): Promise<WebHost> {
  const host = await startWebHost({
    staticDir,
    token,
    maxBodyBytes: LIMIT,
    service: {
      dataDir: '/nowhere',
      dispatch: async (name: string, input: unknown) => ({ ok: true, data: { name, input } }) as Envelope<unknown>,
      subscribe: () => () => undefined,
    },
    dispatch: async (name: string, input: unknown) => ({ ok: true, data: { name, input } }) as Envelope<unknown>,
  });
  hosts.push(host);
  return host;
}

beforeAll(() => {
  staticDir = mkdtempSync(join(tmpdir(), 'samspil-static-'));
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(async () => {
  for (const host of hosts) await host.close();
  rmSync(staticDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(host: WebHost, method: string, path: string, headers: OutgoingHttpHeaders = {}, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the browser host token check', () => {
  it('refuses requests without the token or with a wrong, empty, prefixed or other-port one', async () => {
    const host = await start('the-right-token-0123456789');
    const other = tokenCookieName(host.port + 1);
    for (const [what, path, headers] of [
      ['no token', '/', {}],
      ['no token on a call', '/api/call/workspace.list', {}],
      ['a wrong token in the address', '/?token=the-wrong-token-0123456789', {}],
      ['an empty token', '/?token=', {}],
      ['a longer token', '/', { Authorization: 'Bearer the-right-token-0123456789x' }],
      ['the token in the cookie of another port', '/', { Cookie: `${other}=the-right-token-0123456789` }],
      ['the token in the old unported cookie', '/', { Cookie: 'samspil_token=the-right-token-0123456789' }],
    ] as const) {
      const answer = await send(host, path.startsWith('/api') ? 'POST' : 'GET', path, headers);
      expect({ what, status: answer.status }).toEqual({ what, status: 401 });
      expect(answer.headers['set-cookie']).toBeUndefined();
    }
  });

  it('accepts the token in the address (setting a cookie named after the port), the cookie, and a Bearer header', async () => {
    const host = await start('the-right-token-0123456789');
    const page = await send(host, 'GET', '/?token=the-right-token-0123456789');
    expect(page.status).toBe(200);
    expect(String(page.headers['set-cookie'])).toBe(`${tokenCookieName(host.port)}=the-right-token-0123456789; Path=/; HttpOnly; SameSite=Strict`);
    const cookie = await send(host, 'POST', '/api/call/workspace.list', { Cookie: `a=b; ${tokenCookieName(host.port)}=the-right-token-0123456789` }, '{}');
    expect(cookie.status).toBe(200);
    const bearer = await send(host, 'POST', '/api/call/workspace.list', { Authorization: 'Bearer the-right-token-0123456789' }, '{}');
    expect(JSON.parse(bearer.body)).toEqual({ ok: true, data: { name: 'workspace.list', input: {} } });
  });

  it('keeps two hosts in one browser apart: each reads only its own cookie', async () => {
    const first = await start('first-token-aaaaaaaaaaaaaaaa');
    const second = await start('second-token-bbbbbbbbbbbbbbb');
    const jar = `${tokenCookieName(first.port)}=first-token-aaaaaaaaaaaaaaaa; ${tokenCookieName(second.port)}=second-token-bbbbbbbbbbbbbbb`;
    expect((await send(first, 'POST', '/api/call/workspace.list', { Cookie: jar }, '{}')).status).toBe(200);
    expect((await send(second, 'POST', '/api/call/workspace.list', { Cookie: jar }, '{}')).status).toBe(200);
  });
});

describe('the browser host request limits', () => {
  const auth = { Authorization: 'Bearer the-right-token-0123456789' };

  it('answers a malformed call name with 400, not 500', async () => {
    const host = await start('the-right-token-0123456789');
    const answer = await send(host, 'POST', '/api/call/%E0%A4%A', auth, '{}');
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
  });

  it('answers a body over the limit with 413, with or without a declared length, and keeps serving', async () => {
    const host = await start('the-right-token-0123456789');
    const big = Buffer.alloc(LIMIT * 50, 0x20);
    const declared = await send(host, 'POST', '/api/call/workspace.import', { ...auth, 'Content-Length': big.byteLength }, big);
    expect(declared.status).toBe(413);
    const chunked = await new Promise<Answer>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: host.port, path: '/api/call/workspace.import', method: 'POST', headers: auth }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      for (let i = 0; i < 50; i += 1) req.write(Buffer.alloc(LIMIT, 0x20));
      req.end();
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await send(host, 'POST', '/api/call/workspace.list', auth, '{}')).status).toBe(200);
  });
});
