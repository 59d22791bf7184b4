// The renderer is served from `app://samspil/`, a custom privileged scheme, not file://: a page
// gets a real origin (so 'self' in the CSP means our files only), cannot read the disk through
// file:// URLs, and every response carries the strict Content-Security-Policy as a header.
import { protocol, type Session } from 'electron';
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY } from '../web-host/server';
import { APP_SCHEME, resolveAppFile } from './app-files';

/**
 * Declares the scheme. Must run before the app is ready. standard: relative URLs and a real
 * origin; secure: treated like https; supportFetchAPI: module scripts and fetch may load from it.
 * Not corsEnabled (no other origin may read our files) and never bypassCSP.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** Answers `app://samspil/<path>` from the built renderer in `rendererDir`. */
export function serveAppScheme(session: Session, rendererDir: string): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const answer = resolveAppFile(rendererDir, request.url, request.method);
    if (answer.kind === 'refused') return refusal(answer.status);
    let body: Buffer;
    try {
      body = await readFile(answer.file);
    } catch {
      return refusal(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': answer.contentType, 'Content-Length': String(body.length) },
    });
  });
}

function refusal(status: number): Response {
  return new Response(null, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}
