// The pure rules behind the main process's security: which links may leave the app, which pages
// are ours (for IPC and navigation), and which files app:// serves.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, contentTypeOf, isAppUrl, resolveAppFile } from '../../electron/main/app-files';
import { optionValue } from '../../electron/main/launch-args';
import {
  EXTERNAL_ORIGINS,
  devServerOrigin,
  isAllowedExternalUrl,
  isTrustedPageUrl,
} from '../../electron/main/security-policy';

describe('external links', () => {
  it.each(['https://samspil.app', 'https://samspil.app/', 'https://samspil.app/help?x=1#top'])('opens %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://samspil.app/'],
    ['a lookalike host', 'https://samspil.app.evil.example/'],
    ['a subdomain not on the list', 'https://evil.samspil.app/'],
    ['credentials', 'https://user:pw@samspil.app/'],
    ['an explicit port', 'https://samspil.app:8443/'],
    ['a file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb', 'smb://server/share'],
    ['the app itself', APP_ENTRY_URL],
    ['garbage', 'not a url'],
    ['empty', ''],
  ])('refuses %s', (_why, url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('keeps the allow-list tiny and https only', () => {
    expect(EXTERNAL_ORIGINS.length).toBeLessThanOrEqual(3);
    for (const origin of EXTERNAL_ORIGINS) expect(origin).toMatch(/^https:\/\/[a-z0-9.-]+$/);
  });
});

describe('our pages', () => {
  it('trusts app://samspil/ pages and nothing else in a built app', () => {
    expect(isTrustedPageUrl(APP_ENTRY_URL)).toBe(true);
    expect(isTrustedPageUrl('app://samspil/index.html#/workspace/1')).toBe(true);
    expect(isTrustedPageUrl('app://other/index.html')).toBe(false);
    expect(isTrustedPageUrl('file:///work/out/renderer/index.html')).toBe(false);
    expect(isTrustedPageUrl('http://localhost:5173/')).toBe(false);
    expect(isTrustedPageUrl('https://example.com/')).toBe(false);
    expect(isTrustedPageUrl('about:blank')).toBe(false);
    expect(isTrustedPageUrl('')).toBe(false);
  });

  it('trusts the local dev server in `npm run dev` only', () => {
    const origin = devServerOrigin('http://localhost:5173/');
    expect(origin).toBe('http://localhost:5173');
    expect(isTrustedPageUrl('http://localhost:5173/index.html', origin)).toBe(true);
    expect(isTrustedPageUrl('http://localhost:5174/', origin)).toBe(false);
    expect(isTrustedPageUrl('https://example.com/', origin)).toBe(false);
    expect(devServerOrigin(undefined)).toBeUndefined();
    expect(devServerOrigin('https://example.com/')).toBeUndefined();
    expect(devServerOrigin('file:///tmp/x')).toBeUndefined();
  });

  it('tells our URLs apart', () => {
    expect(isAppUrl('app://samspil/')).toBe(true);
    expect(isAppUrl('APP://SAMSPIL/x')).toBe(true);
    expect(isAppUrl('app://samspil.evil/')).toBe(false);
    expect(isAppUrl('app:samspil')).toBe(false);
  });
});

describe('app:// files', () => {
  const root = join('/srv', 'renderer');

  it('maps files under the renderer folder, with their content type', () => {
    expect(resolveAppFile(root, 'app://samspil/assets/index-abc.js')).toEqual({
      kind: 'file',
      file: join(root, 'assets', 'index-abc.js'),
      contentType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile(root, 'app://samspil/assets/a%20b.css')).toMatchObject({ file: join(root, 'assets', 'a b.css') });
    expect(contentTypeOf('x.woff2')).toBe('font/woff2');
    expect(contentTypeOf('x.svg')).toBe('image/svg+xml');
    expect(contentTypeOf('x.unknown')).toBe('application/octet-stream');
  });

  it('answers index.html for the root and for client-side routes', () => {
    for (const url of ['app://samspil/', 'app://samspil', 'app://samspil/home', 'app://samspil/index.html?x=1']) {
      expect(resolveAppFile(root, url)).toMatchObject({ file: join(root, 'index.html'), contentType: 'text/html; charset=utf-8' });
    }
  });

  it.each([
    ['encoded slash and dot-dot', 'app://samspil/assets%2f..%2f..%2fsecret.json'],
    ['a backslash', 'app://samspil/..%5c..%5csecret.json'],
    ['a NUL byte', 'app://samspil/index.html%00.js'],
    ['a broken escape', 'app://samspil/%E0%A4%A'],
  ])('refuses %s', (_why, url) => {
    expect(resolveAppFile(root, url)).toMatchObject({ kind: 'refused' });
  });

  it('never leaves the renderer folder, whatever the URL', () => {
    for (const url of [
      'app://samspil/../../etc/passwd',
      'app://samspil/assets/../../x.js',
      'app://samspil//etc/passwd',
      'app://samspil/%2Fetc%2Fpasswd',
      'app://samspil/%2e%2e/%2e%2e/etc/passwd',
      'app://samspil/assets/%2e%2e%2f%2e%2e%2fx.js',
    ]) {
      const answer = resolveAppFile(root, url);
      if (answer.kind !== 'refused') expect(answer.file.startsWith(join(root, '/'))).toBe(true);
    }
  });

  it('refuses other hosts, schemes and methods', () => {
    expect(resolveAppFile(root, 'app://other/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppFile(root, 'https://samspil/index.html')).toEqual({ kind: 'refused', status: 404 });
    expect(resolveAppFile(root, 'app://samspil/index.html', 'POST')).toEqual({ kind: 'refused', status: 405 });
    expect(resolveAppFile(root, 'app://samspil/index.html', 'HEAD')).toMatchObject({ kind: 'file' });
  });
});

describe('command-line options', () => {
  it('reads --name=value and --name value', () => {
    expect(optionValue(['electron', '.', '--user-data-dir=/tmp/u'], '--user-data-dir')).toBe('/tmp/u');
    expect(optionValue(['electron', '.', '--user-data-dir', '/tmp/u'], '--user-data-dir')).toBe('/tmp/u');
    expect(optionValue(['electron', '.', '--user-data-dir'], '--user-data-dir')).toBeUndefined();
    expect(optionValue(['electron', '.', '--user-data-dir', '--data-dir=/x'], '--user-data-dir')).toBeUndefined();
    expect(optionValue(['electron', '.', '--user-data-dir='], '--user-data-dir')).toBeUndefined();
    expect(optionValue(['electron', '.'], '--user-data-dir')).toBeUndefined();
  });
});
