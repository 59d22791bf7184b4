// A stand-in for the 'electron' module, just enough of it for the main process to start, open its
// window, answer IPC and quit, recording what it was asked. Tests swap it in with
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
    return false;
  }
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
  constructor(readonly options: Record<string, unknown>) {
    super();
    calls.push('new BrowserWindow');
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string) {
    calls.push(`loadURL ${url}`);
    this.webContents.url = url;
    this.webContents.mainFrame.url = url;
  }
  isDestroyed() {
    return false;
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
    if (!prevented) calls.push('quit:done');
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
