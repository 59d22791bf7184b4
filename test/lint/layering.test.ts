// Proves the layering rules in eslint.config.js fire (and stay quiet on allowed imports) by linting
// small snippets under virtual file paths with the project's own config. Each "denied" case would
// pass silently if its rule were removed; each "allowed" case fails if a rule grows too wide.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: join(root, file) });
  if (!result) throw new Error(`no lint result for ${file}`);
  return result.messages;
}

type Rule = 'no-restricted-imports' | 'no-restricted-globals' | 'no-restricted-syntax';
interface Denied {
  why: string;
  file: string;
  code: string;
  rule?: Rule;
}

/** `use` keeps each import referenced, so that only the layering rules can complain. */
const use = (...names: string[]) => `\nexport const used = [${names.join(', ')}];\n`;

const denied: Denied[] = [
  // The pure core: src/contract and src/domain.
  { why: 'domain imports a node: builtin', file: 'src/domain/x.ts', code: `import fs from 'node:fs';${use('fs')}` },
  { why: 'domain imports a bare builtin', file: 'src/domain/x.ts', code: `import { join } from 'path';${use('join')}` },
  { why: 'domain imports a builtin subpath', file: 'src/domain/x.ts', code: `import { readFile } from 'fs/promises';${use('readFile')}` },
  { why: 'domain imports crypto', file: 'src/domain/sub/x.ts', code: `import { randomUUID } from 'crypto';${use('randomUUID')}` },
  { why: 'contract imports react', file: 'src/contract/x.ts', code: `import React from 'react';${use('React')}` },
  { why: 'contract imports a React binding', file: 'src/contract/x.ts', code: `import { useTranslation } from 'react-i18next';${use('useTranslation')}` },
  { why: 'contract imports zustand', file: 'src/contract/x.ts', code: `import { create } from 'zustand';${use('create')}` },
  { why: 'contract imports lowdb', file: 'src/contract/x.ts', code: `import { Low } from 'lowdb';${use('Low')}` },
  { why: 'contract imports electron', file: 'src/contract/x.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'contract imports electron/service', file: 'src/contract/x.ts', code: `import { s } from '../../electron/service/store';${use('s')}` },
  { why: 'contract imports domain', file: 'src/contract/x.ts', code: `import { f } from '../domain/funnel';${use('f')}` },
  { why: 'contract imports domain via src/', file: 'src/contract/deep/x.ts', code: `import { f } from '../../../src/domain/funnel';${use('f')}` },
  { why: 'domain imports the renderer', file: 'src/domain/x.ts', code: `import { App } from '../renderer/App';${use('App')}` },
  { why: 'domain (nested) imports the renderer', file: 'src/domain/sub/x.ts', code: `import { App } from '../../renderer/App';${use('App')}` },
  { why: 'domain imports a step', file: 'src/domain/x.ts', code: `import { goals } from '../steps/goals/definition';${use('goals')}` },
  { why: 'domain re-exports from electron/main', file: 'src/domain/x.ts', code: `export { w } from '../../electron/main/windows';\n` },
  { why: 'domain imports a type from electron', file: 'src/domain/x.ts', code: `import type { App } from 'electron';\nexport type A = App;\n` },
  { why: 'domain reads window', file: 'src/domain/x.ts', code: 'export const w = window.innerWidth;\n', rule: 'no-restricted-globals' },
  { why: 'domain reads document', file: 'src/domain/x.ts', code: 'export const t = document.title;\n', rule: 'no-restricted-globals' },
  { why: 'contract reads process', file: 'src/contract/x.ts', code: 'export const e = process.env.HOME;\n', rule: 'no-restricted-globals' },
  { why: 'contract calls require', file: 'src/contract/x.ts', code: "export const m: unknown = require('zod');\n", rule: 'no-restricted-globals' },
  { why: 'domain imports dynamically', file: 'src/domain/x.ts', code: "export const m = import('zod');\n", rule: 'no-restricted-syntax' },

  // Steps.
  { why: 'a step imports another step', file: 'src/steps/goals/definition.ts', code: `import { d } from '../funnel/definition';${use('d')}` },
  { why: 'a step view imports another step', file: 'src/steps/goals/views/Editor.tsx', code: `import { d } from '../../funnel/definition';${use('d')}` },
  { why: 'a step imports another step via src/steps', file: 'src/steps/goals/x.ts', code: `import { d } from '../../steps/funnel/definition';${use('d')}` },
  { why: 'a step imports the step list', file: 'src/steps/goals/x.ts', code: `import { stepDefinitions } from '../index';${use('stepDefinitions')}` },
  { why: 'a step definition imports react', file: 'src/steps/goals/definition.ts', code: `import React from 'react';${use('React')}` },
  { why: 'a step definition imports the renderer', file: 'src/steps/goals/definition.ts', code: `import { Button } from '../../renderer/ui/Button';${use('Button')}` },
  { why: 'a step definition reads window', file: 'src/steps/goals/definition.ts', code: 'export const w = window.innerWidth;\n', rule: 'no-restricted-globals' },
  { why: 'a step view imports a node builtin', file: 'src/steps/goals/Editor.tsx', code: `import fs from 'node:fs';${use('fs')}` },
  { why: 'a step view imports zustand', file: 'src/steps/goals/Editor.tsx', code: `import { create } from 'zustand';${use('create')}` },
  { why: 'a step view imports electron/service', file: 'src/steps/goals/Editor.tsx', code: `import { s } from '../../../electron/service/store';${use('s')}` },
  { why: 'the step list imports electron', file: 'src/steps/index.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'a step view imports the renderer\'s document store', file: 'src/steps/goals/Editor.tsx', code: `import { useDocumentStore } from '../../renderer/stores/document-store';${use('useDocumentStore')}` },
  { why: 'a step view (nested) imports the renderer\'s toasts', file: 'src/steps/goals/parts/Card.tsx', code: `import { useToasts } from '../../../renderer/shell/toasts';${use('useToasts')}` },
  { why: 'a step view imports the renderer via src/', file: 'src/steps/goals/Editor.tsx', code: `import { x } from '../../../src/renderer/playbook/model';${use('x')}` },
  { why: 'a step definition imports the step list', file: 'src/steps/goals/definition.ts', code: `import { stepDefinitions } from '../index';${use('stepDefinitions')}` },
  { why: 'a step view imports a real step\'s views', file: 'src/steps/goals/Editor.tsx', code: `import v from '../sharedGoal/views';${use('v')}` },
  { why: 'the step kit imports a step', file: 'src/steps/kit/Thing.tsx', code: `import { d } from '../currentState/definition';${use('d')}` },
  { why: 'the step kit imports the renderer', file: 'src/steps/kit/format.ts', code: `import { i18n } from '../../renderer/i18n/index';${use('i18n')}` },
  { why: 'the renderer imports a step\'s folder outside the registries', file: 'src/renderer/facilitator/X.tsx', code: `import { wallOf } from '../../steps/currentState/definition';${use('wallOf')}` },
  { why: 'the renderer (shallow) imports a step\'s views', file: 'src/renderer/x.ts', code: `import v from '../steps/sharedGoal/views';${use('v')}` },
  { why: 'the playbook imports a step\'s Markdown', file: 'src/renderer/playbook/x.ts', code: `import { m } from '../../steps/sharedGoal/markdown';${use('m')}` },
  { why: 'a renderer file beside the view registry imports a step', file: 'src/renderer/steps/other.ts', code: `import v from '../../steps/setup/views';${use('v')}` },

  // Plain Node hosts: electron/service, electron/web-host.
  { why: 'service imports electron', file: 'electron/service/x.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'service imports electron/main (the package subpath)', file: 'electron/service/x.ts', code: `import { ipcMain } from 'electron/main';${use('ipcMain')}` },
  { why: 'service imports react', file: 'electron/service/x.ts', code: `import React from 'react';${use('React')}` },
  { why: 'service imports react-dom', file: 'electron/service/x.ts', code: `import { createRoot } from 'react-dom/client';${use('createRoot')}` },
  { why: 'service imports zustand', file: 'electron/service/x.ts', code: `import { create } from 'zustand';${use('create')}` },
  { why: 'service imports the renderer', file: 'electron/service/x.ts', code: `import { App } from '../../src/renderer/App';${use('App')}` },
  { why: 'service imports electron/main', file: 'electron/service/x.ts', code: `import { w } from '../main/windows';${use('w')}` },
  { why: 'service (nested) imports electron/main', file: 'electron/service/store/x.ts', code: `import { w } from '../../main/windows';${use('w')}` },
  { why: 'web host imports the preload', file: 'electron/web-host/x.ts', code: `import { p } from '../preload/index';${use('p')}` },
  { why: 'web host imports electron', file: 'electron/web-host/server.ts', code: `import { net } from 'electron';${use('net')}` },

  // Main and preload.
  { why: 'main imports react', file: 'electron/main/x.ts', code: `import React from 'react';${use('React')}` },
  { why: 'main imports the renderer', file: 'electron/main/x.ts', code: `import { App } from '../../src/renderer/App';${use('App')}` },
  { why: 'preload imports a node builtin', file: 'electron/preload/index.ts', code: `import fs from 'node:fs';${use('fs')}` },
  { why: 'preload imports a package', file: 'electron/preload/index.ts', code: `import { z } from 'zod';${use('z')}` },
  { why: 'preload imports domain', file: 'electron/preload/index.ts', code: `import { f } from '../../src/domain/funnel';${use('f')}` },
  { why: 'preload imports the service', file: 'electron/preload/index.ts', code: `import { s } from '../service/store';${use('s')}` },

  // The renderer.
  { why: 'renderer imports node:path', file: 'src/renderer/x.ts', code: `import { join } from 'node:path';${use('join')}` },
  { why: 'renderer imports os', file: 'src/renderer/x.tsx', code: `import os from 'os';${use('os')}` },
  { why: 'renderer imports electron', file: 'src/renderer/x.tsx', code: `import { ipcRenderer } from 'electron';${use('ipcRenderer')}` },
  { why: 'renderer imports lowdb', file: 'src/renderer/x.ts', code: `import { Low } from 'lowdb';${use('Low')}` },
  { why: 'renderer imports electron/service', file: 'src/renderer/transport/x.ts', code: `import { s } from '../../../electron/service/store';${use('s')}` },
  { why: 'renderer imports the preload', file: 'src/renderer/x.ts', code: `import { p } from '../../electron/preload/index';${use('p')}` },

  // Everywhere else: anything but 'electron'.
  { why: 'a test imports electron', file: 'test/x.test.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'a test beside the service imports electron', file: 'electron/service/x.test.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'a test beside main imports electron', file: 'electron/main/x.test.ts', code: `import { app } from 'electron';${use('app')}` },
  { why: 'a test imports electron dynamically', file: 'test/x.test.ts', code: "export const e = import('electron');\n", rule: 'no-restricted-syntax' },
  { why: 'a script requires electron', file: 'scripts/x.cjs', code: "module.exports = require('electron');\n", rule: 'no-restricted-syntax' },
  { why: 'a script imports electron', file: 'scripts/x.mjs', code: `import electron from 'electron';${use('electron')}` },
];

const allowed: { why: string; file: string; code: string }[] = [
  { why: 'domain imports contract', file: 'src/domain/x.ts', code: `import { c } from '../contract/workspace';${use('c')}` },
  { why: 'domain (nested) imports contract and zod', file: 'src/domain/sub/x.ts', code: `import { z } from 'zod';\nimport { c } from '../../contract/workspace';${use('z', 'c')}` },
  { why: 'contract imports itself, zod and immer', file: 'src/contract/x.ts', code: `import { z } from 'zod';\nimport { produce } from 'immer';\nimport { e } from './errors';${use('z', 'produce', 'e')}` },
  { why: 'a step definition imports contract, domain and its own files', file: 'src/steps/goals/definition.ts', code: `import { c } from '../../contract/workspace';\nimport { f } from '../../domain/funnel';\nimport { h } from './helpers';${use('c', 'f', 'h')}` },
  { why: 'a step view imports react, the step kit and its own step', file: 'src/steps/goals/views/Editor.tsx', code: `import { useState } from 'react';\nimport { TextField } from '../../kit/TextField';\nimport { d } from '../definition';${use('useState', 'TextField', 'd')}` },
  { why: 'a step definition imports the pure kit', file: 'src/steps/goals/definition.ts', code: `import { block } from '../kit/markdown';\nimport { stepFormat } from '../kit/format';${use('block', 'stepFormat')}` },
  { why: 'the step kit imports the core and itself', file: 'src/steps/kit/Thing.tsx', code: `import { c } from '../../contract/workspace';\nimport { f } from '../../domain/funnel';\nimport { h } from './host';${use('c', 'f', 'h')}` },
  { why: 'the view registry imports each step\'s views', file: 'src/renderer/steps/registry.ts', code: `export const loaders = { setup: () => import('../../steps/setup/views'), goal: () => import('../../steps/sharedGoal/views') };\n` },
  { why: 'the renderer imports the step list, the catalogs and the kit', file: 'src/renderer/playbook/x.ts', code: `import { s } from '../../steps/index';\nimport { c } from '../../steps/catalogs';\nimport { k } from '../../steps/kit/format';${use('s', 'c', 'k')}` },
  { why: 'the step list imports every step', file: 'src/steps/index.ts', code: `import { goals } from './goals/definition';\nimport { funnel } from './funnel/definition';${use('goals', 'funnel')}` },
  { why: 'service imports node, lowdb, immer, zod and the core', file: 'electron/service/x.ts', code: `import fs from 'node:fs';\nimport { Low } from 'lowdb';\nimport { produce } from 'immer';\nimport { z } from 'zod';\nimport { c } from '../../src/contract/workspace';\nimport { f } from '../../src/domain/funnel';\nimport { s } from '../../src/steps/index';${use('fs', 'Low', 'produce', 'z', 'c', 'f', 's')}` },
  { why: 'web host imports the service and the contract', file: 'electron/web-host/x.ts', code: `import http from 'node:http';\nimport { s } from '../service/store';\nimport { c } from '../../src/contract/calls';${use('http', 's', 'c')}` },
  { why: 'main imports electron, node and the service', file: 'electron/main/x.ts', code: `import { app } from 'electron';\nimport { join } from 'node:path';\nimport { s } from '../service/store';${use('app', 'join', 's')}` },
  { why: 'preload imports electron and the contract', file: 'electron/preload/index.ts', code: `import { contextBridge } from 'electron';\nimport { calls } from '../../src/contract/calls';${use('contextBridge', 'calls')}` },
  { why: 'renderer imports react, zustand, the core and steps', file: 'src/renderer/x.tsx', code: `import { useState } from 'react';\nimport { create } from 'zustand';\nimport { c } from '../contract/workspace';\nimport { f } from '../domain/funnel';\nimport { s } from '../steps/index';${use('useState', 'create', 'c', 'f', 's')}` },
  { why: 'renderer imports its own file named electron', file: 'src/renderer/transport/x.ts', code: `import { ipc } from './electron';\nimport { t } from '../transport/electron';${use('ipc', 't')}` },
  { why: 'a test imports node and the service', file: 'test/service/x.test.ts', code: `import fs from 'node:fs';\nimport { s } from '../../electron/service/store';${use('fs', 's')}` },
  { why: 'a test beside domain uses node', file: 'src/domain/x.test.ts', code: `import fs from 'node:fs';\nexport const cwd = process.cwd();${use('fs')}` },
  { why: 'a script uses node', file: 'scripts/x.mjs', code: `import { spawnSync } from 'node:child_process';\nexport const r = spawnSync(process.execPath, []);\n` },
];

describe('layering: denied imports are errors', () => {
  it.each(denied)('$why ($file)', async ({ file, code, rule = 'no-restricted-imports' }) => {
    const messages = await lint(file, code);
    const hits = messages.filter((m) => m.ruleId === rule && m.severity === 2);
    expect(hits, JSON.stringify(messages, null, 2)).not.toHaveLength(0);
  });
});

describe('layering: allowed imports lint clean', () => {
  it.each(allowed)('$why ($file)', async ({ file, code }) => {
    expect(await lint(file, code)).toEqual([]);
  });
});
