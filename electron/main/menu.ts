// The native menu, in the UI's language: built at start from the settings (or the OS's language
// on a first start) and rebuilt whenever the settings change. Menu commands reach the focused
// window as `app.command` events, the same channel as every other event.
import { BrowserWindow, Menu, app } from 'electron';
import type { Language } from '../../src/contract/workspace';
import { menuCatalogs, menuLanguage, menuTemplate, type AppCommand, type MenuLabels } from './menu-template';

export interface MenuOptions {
  isDev: boolean;
  /** Sends an app command to one window. */
  send: (window: BrowserWindow, command: AppCommand) => void;
}

export interface AppMenu {
  /** Sets the menu in the language of the settings (`null`: the OS's language). */
  update(uiLanguage: Language | null): void;
  /** The catalog of the language the menu is in (for dialogs). */
  labels(): MenuLabels;
}

export function createAppMenu({ isDev, send }: MenuOptions): AppMenu {
  let language: Language = menuLanguage(null, app.getLocale());
  let current: string | null = null;
  const command = (name: AppCommand) => {
    const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    if (window && !window.isDestroyed()) send(window, name);
  };
  return {
    update(uiLanguage) {
      language = menuLanguage(uiLanguage, app.getLocale());
      if (current === language) return;
      current = language;
      const labels = menuCatalogs[language];
      Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate({ labels, platform: process.platform, isDev, command })));
    },
    labels: () => menuCatalogs[language],
  };
}
