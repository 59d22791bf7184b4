// The rules security.ts and ipc.ts enforce, as pure functions (no 'electron' import) so that
// test/electron/security-policy.test.ts proves them in plain Node.
import { isAppUrl } from './app-files';

/**
 * Origins whose https links may open in the user's browser (from a link the user clicked, never a
 * redirect). Kept deliberately tiny: a link anywhere else does nothing.
 */
export const EXTERNAL_ORIGINS: readonly string[] = ['https://samspil.app'];

/**
 * Whether `url` may be handed to `shell.openExternal`: https only, no credentials, no explicit port,
 * and an origin on the allow-list. Everything else (file:, javascript:, custom schemes, lookalike
 * hosts such as `https://samspil.app.evil.example`) is refused.
 *
 * @example
 * isAllowedExternalUrl('https://samspil.app/help'); // true
 * isAllowedExternalUrl('file:///etc/passwd'); // false
 */
export function isAllowedExternalUrl(url: string, allowed: readonly string[] = EXTERNAL_ORIGINS): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' || parsed.username !== '' || parsed.password !== '' || parsed.port !== '') return false;
  return allowed.includes(parsed.origin);
}

/** The dev server's origin (`npm run dev` only), or undefined for a built app. */
export function devServerOrigin(devServerUrl: string | undefined): string | undefined {
  if (!devServerUrl) return undefined;
  try {
    const parsed = new URL(devServerUrl);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    if (parsed.hostname !== 'localhost' && parsed.hostname !== '127.0.0.1' && parsed.hostname !== '[::1]') return undefined;
    return parsed.origin;
  } catch {
    return undefined;
  }
}

/**
 * Whether a page at `url` is ours: the app's own scheme, or, in `npm run dev` only, the local dev
 * server's origin. The IPC handler answers only frames for which this holds, and a window may only
 * navigate within it.
 */
export function isTrustedPageUrl(url: string, devOrigin?: string): boolean {
  if (isAppUrl(url)) return true;
  if (!devOrigin) return false;
  try {
    return new URL(url).origin === devOrigin;
  } catch {
    return false;
  }
}
