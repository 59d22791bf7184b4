// The native menu as data: its structure per platform, its commands, and both catalogs.
import { describe, expect, it, vi } from 'vitest';
import { events } from '../../src/contract/calls';
import {
  interpolate,
  menuCatalogs,
  menuLanguage,
  menuTemplate,
  type AppCommand,
  type MenuLabels,
} from '../../electron/main/menu-template';

// menu-template imports only types from 'electron'; the stand-in keeps it that way in tests.
vi.mock('electron', () => ({}));

type Item = ReturnType<typeof menuTemplate>[number];
const submenu = (item: Item | undefined): Item[] => (Array.isArray(item?.submenu) ? item.submenu : []);
const build = (platform: NodeJS.Platform, isDev = false, command: (c: AppCommand) => void = () => undefined, labels = menuCatalogs.en) =>
  menuTemplate({ labels, platform, isDev, command });
const find = (items: Item[], id: string): Item | undefined => {
  for (const item of items) {
    if (item.id === id) return item;
    const inner = find(submenu(item), id);
    if (inner) return inner;
  }
  return undefined;
};
const leaves = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('the menu', () => {
  it('has File, Edit, View and Help on Windows and Linux', () => {
    for (const platform of ['win32', 'linux'] as const) {
      expect(build(platform).map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    }
  });

  it('puts the app menu first on macOS', () => {
    const template = build('darwin');
    expect(template[0]?.role).toBe('appMenu');
    expect(template.map((item) => item.label)).toEqual(['Samspil', 'File', 'Edit', 'View', 'Window', 'Help']);
  });

  it('sends every app command of the contract from some item', () => {
    const sent: AppCommand[] = [];
    const template = build('linux', false, (command) => sent.push(command));
    const commands = events['app.command'].shape.command.options;
    for (const command of commands) {
      const item = find(template, command);
      expect(item, command).toBeDefined();
      (item!.click as () => void)();
    }
    expect(sent).toEqual(commands);
  });

  it('has undo and redo with the platform shortcuts, and the edit roles', () => {
    const template = build('linux');
    expect(find(template, 'undo')?.accelerator).toBe('CmdOrCtrl+Z');
    expect(find(template, 'redo')?.accelerator).toBe('Shift+CmdOrCtrl+Z');
    const edit = submenu(template[1]).map((item) => item.role).filter(Boolean);
    expect(edit).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools in development only', () => {
    const roles = (isDev: boolean) => submenu(build('linux', isDev)[2]).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles(false)).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
  });

  it('has About Samspil under Help', () => {
    expect(submenu(build('win32')[3])).toEqual([{ role: 'about', label: 'About Samspil' }]);
  });

  it('is in Danish with the Danish catalog', () => {
    const template = build('linux', false, () => undefined, menuCatalogs.da);
    expect(template.map((item) => item.label)).toEqual(['Filer', 'Rediger', 'Vis', 'Hjælp']);
    expect(find(template, 'undo')?.label).toBe('Fortryd');
    expect(find(template, 'redo')?.label).toBe('Gentag');
  });
});

describe('the menu catalogs', () => {
  it('have the same keys in English and Danish, none empty', () => {
    expect(leaves(menuCatalogs.da).sort()).toEqual(leaves(menuCatalogs.en).sort());
    const values = (labels: MenuLabels) => leaves(labels).map((key) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], labels));
    for (const language of ['en', 'da'] as const) {
      for (const value of values(menuCatalogs[language])) expect(typeof value === 'string' && value.trim() !== '').toBe(true);
    }
  });

  it('keep the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    expect(placeholders(menuCatalogs.da.dialogs.startupFailedMessage)).toEqual(placeholders(menuCatalogs.en.dialogs.startupFailedMessage));
  });

  it('fill placeholders', () => {
    expect(interpolate('Folder {{dataDir}} ({{reason}})', { dataDir: '/x', reason: 'EACCES' })).toBe('Folder /x (EACCES)');
    expect(interpolate('{{missing}}', {})).toBe('{{missing}}');
  });
});

describe('the menu language', () => {
  it('follows the settings, else the OS', () => {
    expect(menuLanguage('da', 'en-US')).toBe('da');
    expect(menuLanguage('en', 'da-DK')).toBe('en');
    expect(menuLanguage(null, 'da-DK')).toBe('da');
    expect(menuLanguage(null, 'da')).toBe('da');
    expect(menuLanguage(undefined, 'nb-NO')).toBe('en');
    expect(menuLanguage(null, '')).toBe('en');
  });
});
