// A stand-in for the 'electron' module, just enough of it for the main process to start, open its
// windows (on one or more fake displays), answer IPC and quit, recording what it was asked. Tests swap it in with
// `vi.mock('electron', () => import('./fake-electron'))`; the real module would try to download
// the binary from plain Node.
type Listener = (...args: unknown[]) => unknown;

class Emitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

/** Everything the main process did, in order. */
export const calls: string[] = [];

class FakeWebContents extends Emitter {
  url = '';
  destroyed = false;
  sent: unknown[][] = [];
  openHandler: Listener | null = null;
  readonly mainFrame = { url: '', parent: null };
  setWindowOpenHandler(handler: Listener) {
    this.openHandler = handler;
  }
  send(...args: unknown[]) {
    this.sent.push(args);
  }
  getURL() {
    return this.url;
  }
  isDestroyed() {
    return this.destroyed;
  }
}

interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export class BrowserWindow extends Emitter {
  static windows: BrowserWindow[] = [];
  static getAllWindows() {
    return BrowserWindow.windows;
  }
  static fromWebContents(contents: unknown) {
    return BrowserWindow.windows.find((window) => window.webContents === contents) ?? null;
  }
  static getFocusedWindow() {
    return BrowserWindow.windows.find((window) => window.focused) ?? null;
  }
  readonly webContents = new FakeWebContents();
  minimized = false;
  visible = false;
  focused = false;
  destroyed = false;
  fullscreen: boolean;
  bounds: Rectangle;
  menuBarVisible = true;
  constructor(readonly options: Record<string, unknown>) {
    super();
    calls.push('new BrowserWindow');
    const number = (key: string, fallback: number) => (typeof options[key] === 'number' ? (options[key] as number) : fallback);
    this.bounds = { x: number('x', 0), y: number('y', 0), width: number('width', 800), height: number('height', 600) };
    this.fullscreen = options['fullscreen'] === true;
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    calls.push(`loadURL ${url}`);
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
  }
  isDestroyed() {
    return this.destroyed;
  }
  /** Closes as Electron does when nothing prevents it: 'close', then gone, then 'closed'. */
  close() {
    if (this.destroyed) return;
    calls.push('close window');
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.webContents.destroyed = true;
    BrowserWindow.windows = BrowserWindow.windows.filter((window) => window !== this);
    this.emit('closed');
  }
  getBounds(): Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Rectangle) {
    this.bounds = { ...bounds };
  }
  isFullScreen() {
    return this.fullscreen;
  }
  setFullScreen(value: boolean) {
    const was = this.fullscreen;
    this.fullscreen = value;
    if (was && !value) this.emit('leave-full-screen');
  }
  setMenuBarVisibility(visible: boolean) {
    this.menuBarVisible = visible;
  }
  isMinimized() {
    return this.minimized;
  }
  restore() {
    this.minimized = false;
  }
  isVisible() {
    return this.visible;
  }
  show() {
    this.visible = true;
  }
  focus() {
    this.focused = true;
    calls.push('focus');
  }
}

class FakeApp extends Emitter {
  isPackaged = false;
  ready = false;
  singleInstance = true;
  paths = new Map<string, string>([['userData', '/nonexistent/Samspil'], ['documents', '/nonexistent/Documents']]);
  private readyWaiters: Array<() => void> = [];
  enableSandbox() {
    calls.push('enableSandbox');
  }
  setPath(name: string, value: string) {
    calls.push(`setPath ${name}`);
    this.paths.set(name, value);
  }
  getPath(name: string) {
    return this.paths.get(name) ?? `/nonexistent/${name}`;
  }
  requestSingleInstanceLock() {
    calls.push('requestSingleInstanceLock');
    return this.singleInstance;
  }
  whenReady() {
    return new Promise<void>((resolve) => (this.ready ? resolve() : this.readyWaiters.push(resolve)));
  }
  /** Test side: the app becomes ready. */
  becomeReady() {
    calls.push('ready');
    this.ready = true;
    for (const resolve of this.readyWaiters.splice(0)) resolve();
  }
  quit() {
    calls.push('quit');
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    // As Electron does: every window is closed, then the app quits.
    for (const window of [...BrowserWindow.windows]) window.close();
    calls.push('quit:done');
  }
  exit(code: number) {
    calls.push(`exit ${code}`);
  }
  getLocale() {
    return 'da-DK';
  }
  getAppPath() {
    return process.cwd();
  }
  getVersion() {
    return '0.0.0-test';
  }
  setAboutPanelOptions() {}
}
export const app = new FakeApp();

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown) => {
    calls.push(`registerSchemesAsPrivileged${app.ready ? ' (after ready!)' : ''}`);
    protocol.schemes = schemes;
  },
  schemes: undefined as unknown,
};

export const handlers = new Map<string, Listener>();
export const ipcMain = {
  handle: (channel: string, handler: Listener) => {
    calls.push(`ipcMain.handle ${channel}`);
    handlers.set(channel, handler);
  },
  removeHandler: (channel: string) => handlers.delete(channel),
};

export const appProtocol = new Map<string, Listener>();
export const session = {
  defaultSession: {
    protocol: { handle: (scheme: string, handler: Listener) => appProtocol.set(scheme, handler) },
    setPermissionRequestHandler: () => calls.push('setPermissionRequestHandler'),
    setPermissionCheckHandler: () => calls.push('setPermissionCheckHandler'),
    setDevicePermissionHandler: () => undefined,
    webRequest: { onBeforeRequest: () => calls.push('onBeforeRequest') },
  },
};

export const menus: unknown[] = [];
export const Menu = {
  buildFromTemplate: (template: unknown) => ({ template }),
  setApplicationMenu: (menu: { template: unknown }) => menus.push(menu.template),
};

export const nativeTheme = { shouldUseDarkColors: false };
export const dialog = {
  showErrorBox: (title: string, message: string) => calls.push(`showErrorBox ${title}: ${message}`),
  showSaveDialog: async () => ({ canceled: true, filePath: '' }),
};
export const shell = { openExternal: async () => undefined, showItemInFolder: () => undefined };

interface FakeDisplay {
  id: number;
  bounds: Rectangle;
  workArea: Rectangle;
}

/** A display at `x`, `y` of `width`×`height`, its work area less a 40 px task bar. */
export function display(id: number, x: number, y: number, width = 1920, height = 1080): FakeDisplay {
  return { id, bounds: { x, y, width, height }, workArea: { x, y, width, height: height - 40 } };
}

class FakeScreen extends Emitter {
  displays: FakeDisplay[] = [display(1, 0, 0)];
  primaryId = 1;
  getAllDisplays() {
    return this.displays;
  }
  getPrimaryDisplay() {
    return this.displays.find((d) => d.id === this.primaryId) ?? this.displays[0]!;
  }
  /** The display the centre of `rect` lies on (Electron: the one it overlaps most), else the primary. */
  getDisplayMatching(rect: Rectangle) {
    const cx = rect.x + rect.width / 2;
    const cy = rect.y + rect.height / 2;
    const inside = (d: FakeDisplay) => cx >= d.bounds.x && cx < d.bounds.x + d.bounds.width && cy >= d.bounds.y && cy < d.bounds.y + d.bounds.height;
    return this.displays.find(inside) ?? this.getPrimaryDisplay();
  }
  /** Test side: a display is unplugged. */
  unplug(id: number) {
    const gone = this.displays.find((d) => d.id === id);
    if (!gone) return;
    this.displays = this.displays.filter((d) => d !== gone);
    this.emit('display-removed', {}, gone);
  }
}
export const screen = new FakeScreen();

/** Test side: a call over IPC from a window's top frame, as its page's preload sends it. */
export const callFrom = (from: BrowserWindow, name: string, input: unknown = {}) =>
  handlers.get('samspil:call')!({ sender: from.webContents, senderFrame: { url: from.webContents.getURL(), parent: null } }, name, input) as Promise<{
    ok: boolean;
    data?: unknown;
    error?: { code: string };
  }>;
