// The native menu as data: labels from src/i18n/<language>/menu.json, the platform's conventions
// (the app menu first on macOS), and app commands sent to the focused window. No 'electron' value
// import (types only), so test/electron/menu-template.test.ts checks it in plain Node; menu.ts
// turns it into a Menu.
import type { MenuItemConstructorOptions } from 'electron';
import type { EventPayload } from '../../src/contract/calls';
import type { Language } from '../../src/contract/workspace';
import da from '../../src/i18n/da/menu.json';
import en from '../../src/i18n/en/menu.json';

export type MenuLabels = typeof en;
export type AppCommand = EventPayload<'app.command'>['command'];

/** Every language's menu catalog; typed from the English one, so a missing Danish key fails tsc. */
export const menuCatalogs: Readonly<Record<Language, MenuLabels>> = { en, da };

/**
 * The menu's language: the user's choice in the app's settings, else the OS's (Danish for any
 * `da…` locale), else English.
 */
export function menuLanguage(uiLanguage: Language | null | undefined, osLocale: string): Language {
  if (uiLanguage) return uiLanguage;
  return osLocale.toLowerCase().startsWith('da') ? 'da' : 'en';
}

/** Fills `{{name}}` placeholders (the catalogs use i18next's syntax). */
export function interpolate(text: string, values: Record<string, string>): string {
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}

export interface MenuTemplateOptions {
  labels: MenuLabels;
  platform: NodeJS.Platform;
  /** `npm run dev`: adds reload and the developer tools. */
  isDev: boolean;
  /** Sends an app command (an `app.command` event) to the focused window. */
  command: (command: AppCommand) => void;
}

export function menuTemplate({ labels, platform, isDev, command }: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const send = (name: AppCommand) => () => command(name);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    label: 'Samspil',
    submenu: [
      { role: 'about', label: labels.app.about },
      separator,
      { role: 'services', label: labels.app.services },
      separator,
      { role: 'hide', label: labels.app.hide },
      { role: 'hideOthers', label: labels.app.hideOthers },
      { role: 'unhide', label: labels.app.showAll },
      separator,
      { role: 'quit', label: labels.app.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file.label,
    submenu: [
      { id: 'new_workspace', label: labels.file.newWorkspace, accelerator: 'CmdOrCtrl+N', click: send('new_workspace') },
      separator,
      { id: 'import_workspace', label: labels.file.import, accelerator: 'CmdOrCtrl+O', click: send('import_workspace') },
      { id: 'export_workspace', label: labels.file.export, accelerator: 'CmdOrCtrl+E', click: send('export_workspace') },
      { id: 'export_playbook', label: labels.file.exportPlaybook, accelerator: 'CmdOrCtrl+Shift+E', click: send('export_playbook') },
      separator,
      mac ? { role: 'close', label: labels.file.close } : { role: 'quit', label: labels.file.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit.label,
    submenu: [
      { id: 'undo', label: labels.edit.undo, accelerator: 'CmdOrCtrl+Z', click: send('undo') },
      { id: 'redo', label: labels.edit.redo, accelerator: 'Shift+CmdOrCtrl+Z', click: send('redo') },
      separator,
      { role: 'cut', label: labels.edit.cut },
      { role: 'copy', label: labels.edit.copy },
      { role: 'paste', label: labels.edit.paste },
      { role: 'selectAll', label: labels.edit.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view.label,
    submenu: [
      { id: 'go_home', label: labels.view.home, accelerator: 'CmdOrCtrl+Shift+H', click: send('go_home') },
      { id: 'show_trash', label: labels.view.trash, accelerator: 'CmdOrCtrl+Shift+T', click: send('show_trash') },
      separator,
      ...(isDev
        ? ([
            { role: 'reload', label: labels.view.reload },
            { role: 'toggleDevTools', label: labels.view.toggleDevTools },
            separator,
          ] satisfies MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom', label: labels.view.actualSize },
      { role: 'zoomIn', label: labels.view.zoomIn },
      { role: 'zoomOut', label: labels.view.zoomOut },
      separator,
      { role: 'togglefullscreen', label: labels.view.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: labels.window.label,
    submenu: [
      { role: 'minimize', label: labels.window.minimize },
      { role: 'zoom', label: labels.window.zoom },
      separator,
      { role: 'front', label: labels.window.front },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    role: 'help',
    label: labels.help.label,
    submenu: [{ role: 'about', label: labels.help.about }],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}
