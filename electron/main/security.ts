// Electron's security checklist, applied to every web contents and to the session: no navigation
// away from the app, no new windows, no <webview>, no permissions, no remote requests. Links to
// allow-listed https origins open in the user's browser; nothing else leaves the app.
import { app, shell, type Session, type WebContents } from 'electron';
import { isAllowedExternalUrl, isTrustedPageUrl } from './security-policy';

/** Opens an allow-listed https link in the user's browser; refuses (and returns false) otherwise. */
function openExternalIfAllowed(url: string): boolean {
  if (!isAllowedExternalUrl(url)) return false;
  const checked = new URL(url).href;
  // Reviewed for electronegativity's OPEN_EXTERNAL_JS_CHECK: only allow-listed https origins reach
  // this call (isAllowedExternalUrl, proven in test/electron/security-policy.test.ts).
  void shell.openExternal(checked); // eng-disable OPEN_EXTERNAL_JS_CHECK
  return true;
}

/** Hardens every web contents the app creates, present and future. Call before the first window. */
export function hardenWebContents(devOrigin: string | undefined): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      // Moving within the app (a reload, a route) is fine; anything else is stopped here.
      if (isTrustedPageUrl(url, devOrigin)) return;
      event.preventDefault();
      openExternalIfAllowed(url);
    });
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedPageUrl(url, devOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternalIfAllowed(url);
      return { action: 'deny' };
    });
  });
}

/**
 * The session grants nothing: no camera, microphone, notifications, clipboard reads, devices, or
 * any permission a later Chromium adds; and no request leaves for the network.
 */
export function lockDownSession(session: Session, devOrigin: string | undefined): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // No remote content: every http(s)/ws(s)/file request is cancelled, except the dev server's in
  // `npm run dev`. The app's own files come from app://, which this filter does not cover.
  session.webRequest.onBeforeRequest(
    { urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'file:///*'] },
    (details, callback) => {
      const allowed = devOrigin !== undefined && sameOriginOrSocket(details.url, devOrigin);
      callback({ cancel: !allowed });
    },
  );
}

/** The dev server's origin, over http or its hot-reload web socket. */
function sameOriginOrSocket(url: string, origin: string): boolean {
  try {
    const parsed = new URL(url);
    const asHttp = parsed.protocol === 'ws:' ? 'http:' : parsed.protocol === 'wss:' ? 'https:' : parsed.protocol;
    return `${asHttp}//${parsed.host}` === origin;
  } catch {
    return false;
  }
}
