// Where the renderer's files come from in the desktop app: `app://samspil/<path>` maps to a file of
// the built renderer (out/renderer). Pure path logic, no 'electron' import, so it is unit-tested in
// plain Node (test/electron/app-files.test.ts); protocol.ts wires it to `protocol.handle`.
import { extname, isAbsolute, join, normalize, relative, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'samspil';
/** The renderer's address prefix; the one page every window loads is `${APP_ORIGIN}/index.html`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.mp3': 'audio/mpeg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type of a file by its extension; unknown ones are opaque bytes (never sniffed). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Whether a URL is a page or file of ours (`app://samspil/…`). Anything unparsable is not. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host.toLowerCase() === APP_HOST;
  } catch {
    return false;
  }
}

export type AppFileAnswer =
  | { kind: 'file'; file: string; contentType: string }
  /** A client-side route (no file extension): answered with the app's index.html. */
  | { kind: 'route'; file: string; contentType: string }
  | { kind: 'refused'; status: 400 | 403 | 404 | 405 };

/**
 * Maps a request for `app://samspil/<path>` to a file under `root` (the built renderer).
 * Refuses other hosts (404), other methods than GET/HEAD (405), encoded or literal path traversal,
 * NUL bytes, backslashes and absolute paths (403 or 400). A path without a file extension is a
 * client-side route and gets index.html; whether a named file exists is the caller's to check.
 *
 * @example
 * resolveAppFile('/app/out/renderer', 'app://samspil/assets/index.js')
 * // { kind: 'file', file: '/app/out/renderer/assets/index.js', contentType: 'text/javascript; charset=utf-8' }
 */
export function resolveAppFile(root: string, url: string, method = 'GET'): AppFileAnswer {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'refused', status: 405 };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host.toLowerCase() !== APP_HOST) return { kind: 'refused', status: 404 };
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400 };
  }
  // Refuse what has no business in a URL of ours rather than trying to make sense of it.
  if (path.includes('\0') || path.includes('\\')) return { kind: 'refused', status: 400 };
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return { kind: 'refused', status: 403 };
  const relativePath = segments.join('/');
  if (relativePath === '') return { kind: 'route', file: join(root, 'index.html'), contentType: contentTypeOf('index.html') };
  const file = normalize(join(root, relativePath));
  const within = relative(normalize(root), file);
  if (within === '' || within.startsWith(`..${sep}`) || within === '..' || isAbsolute(within)) {
    return { kind: 'refused', status: 403 };
  }
  if (extname(relativePath) === '') {
    return { kind: 'route', file: join(root, 'index.html'), contentType: contentTypeOf('index.html') };
  }
  return { kind: 'file', file, contentType: contentTypeOf(file) };
}
