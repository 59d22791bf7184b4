/**
 * Samspil's lint, and the layering it enforces.
 *
 * The app runs the same code in three runtimes: the Electron main process (Node + Electron), a
 * sandboxed browser renderer (no Node at all), and plain Node (the workspace service, the browser
 * host, the tests; `require('electron')` there starts a download or throws). The folder a file
 * sits in says which runtime it may assume, and these rules keep each file to it, so a wrong
 * import fails `npm run lint` instead of failing at run time in only one of the hosts:
 *
 *   src/contract, src/domain   pure core: no Node, no DOM, no React, no Electron, no storage; they
 *                              import nothing of ours above them (contract not even domain), so
 *                              the UI, the service, the PDF and the tests all share one truth.
 *   src/steps/<id>/*.ts        a step's definition: pure like the core; may use contract/domain.
 *   src/steps/<id>/*.tsx       a step's views: may also use React and the renderer's UI parts.
 *                              A step never imports another step: steps are independent units,
 *                              registered once in src/steps/index.ts (which may import them all).
 *   electron/service,          plain Node hosts of the document: Node builtins, lowdb, immer, zod
 *   electron/web-host          and everything pure; never Electron or React, never the UI, never
 *                              electron/main or preload (so the browser host and tests run them).
 *   electron/main, preload     the only files that may import 'electron'. The preload runs in a
 *                              sandbox that bundles it alone: only 'electron' and src/contract.
 *   src/renderer               the React app; it never sees Node: no builtins, no Electron, no
 *                              lowdb, nothing from electron/ (it talks to them through the contract).
 *   everything else            (test/, scripts/, configs) anything, except 'electron'.
 *
 * Tests beside the code (*.test.ts) are test code: they get the "everything else" rules.
 *
 * How: `no-restricted-imports` per folder. A relative import is only a string, so for each folder
 * and each depth below it we generate the exact spellings (`../../electron/...`) that would land
 * in a forbidden folder; a depth-agnostic, stricter version covers files nested deeper than that.
 * In flat config the last matching block sets a rule's options, so every block below carries its
 * layer's complete list. test/lint/layering.test.ts proves each rule fires.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import i18next from 'eslint-plugin-i18next';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** Folder depths (below a layer's folder) that get exact relative-import rules. */
const MAX_DEPTH = 6;
const TESTS = ['**/*.test.ts', '**/*.test.tsx'];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A regex matching a bare specifier that is one of `names` or a subpath of one. */
const bare = (names) => `^(?:${names.map(escape).join('|')})(?:/.*)?$`;

// --- What a layer may be denied: packages -------------------------------------------------------
const NODE = {
  regex: `^(?:node:.*|${builtinModules.map(escape).join('|')})$`,
  message: 'Node builtins are not available here (this layer also runs in a browser or sandbox).',
};
const ELECTRON = {
  regex: bare(['electron']),
  message: "Only electron/main and electron/preload may import 'electron'; plain Node cannot load it.",
};
const REACT = {
  regex: '^react(?:-[\\w.-]+)?(?:/.*)?$',
  message: 'React belongs to the renderer and step views, not to this layer.',
};
const REACT_DOM = {
  regex: bare(['react-dom']),
  message: 'Mounting and portals belong to src/renderer; step views use its UI components.',
};
const ZUSTAND = { regex: bare(['zustand']), message: 'zustand stores live in src/renderer.' };
const LOWDB = {
  regex: bare(['lowdb', 'steno']),
  message: 'Storage is the workspace service’s job (electron/service).',
};
/** The preload is bundled alone into a sandbox: no package but 'electron'. */
const ONLY_ELECTRON = {
  regex: '^(?![./])(?!electron(?:/|$))',
  message: "The sandboxed preload may import only 'electron' and src/contract.",
};

// --- What a layer may be denied: our folders (relative imports) ---------------------------------
const FOLDER_MESSAGES = {
  electron: 'Code under electron/ runs in Node or Electron; reach it through the contract.',
  'electron/main': 'electron/main wires Electron to the services; nothing imports it.',
  'electron/preload': 'The preload is its own sandboxed bundle; nothing imports it.',
  'src/renderer': 'The renderer is the top layer; nothing below it imports it.',
  'src/domain': 'The contract is the lowest layer: it may not import src/domain.',
  'src/steps':
    'Steps sit above the core, and a step never imports another step: share through src/domain or src/contract.',
  ...Object.fromEntries(
    readdirSync(new URL('./src/steps', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => [`src/steps/${entry.name}`, 'The renderer reaches a step only through the registries (src/steps/index.ts, src/renderer/steps/registry.ts).']),
  ),
};

const UP = '\\.\\./';
/** A depth prefix: exactly `depth` levels of `../`, or any number when depth is unknown. */
const upsWithin = (depth) => (depth === undefined ? `(?:${UP})*` : `(?:${UP}){${depth}}`);

/**
 * The ways a relative import written in `folder` (repo-relative; `*` stands for any one name)
 * spells a path into `target`: for each ancestor of `folder` that contains `target`, how many
 * `../` reach that ancestor (counted from `folder` itself) and the rest of the way down.
 */
function routes(folder, target) {
  const segments = folder.split('/');
  const found = [];
  for (let level = 1; level <= segments.length; level += 1) {
    const ancestor = segments.slice(0, segments.length - level).join('/');
    if (ancestor === '' || target === ancestor || target.startsWith(`${ancestor}/`)) {
      found.push({ ups: level, rest: path.posix.relative(ancestor || '.', target) });
    }
  }
  return found;
}

/** One alternative of the regex: `ups` levels up, then `rest`, then a path boundary. */
function spell({ ups, rest }) {
  if (rest !== '') return `(?:${UP}){${ups}}${escape(rest)}(?:/|$)`;
  // Landing on the ancestor itself (a sibling step): anything there, but not further up.
  return `(?:${UP}){${ups - 1}}\\.\\.(?:$|/(?!\\.\\.(?:/|$)))`;
}

/** no-restricted-imports patterns denying relative imports from `folder` into `targets`. */
function folderPatterns(folder, depth, targets) {
  return targets.map((target) => ({
    regex: `^(?:\\./)?${upsWithin(depth)}(?:${routes(folder, target).map(spell).join('|')})`,
    message: FOLDER_MESSAGES[target],
  }));
}

/** A pattern denying every relative import that leaves `folder`, except into `allowed`. */
function onlyIntoPatterns(folder, depth, allowed, message) {
  const exits = allowed.flatMap((target) =>
    routes(folder, target).map(({ ups, rest }) => `(?:${UP}){${ups - 1}}${escape(rest)}(?:/|$)`),
  );
  return [{ regex: `^(?:\\./)?${upsWithin(depth)}${UP}(?!${exits.join('|')})`, message }];
}

// --- Globals and syntax ---------------------------------------------------------------------------
const ELECTRON_DYNAMIC = [
  {
    selector: "ImportExpression[source.value=/^electron(\\u002F|$)/]",
    message: "Only electron/main and electron/preload may import 'electron'.",
  },
  {
    selector: "CallExpression[callee.name='require'][arguments.0.value=/^electron(\\u002F|$)/]",
    message: "Only electron/main and electron/preload may require 'electron'; plain Node cannot load it.",
  },
];
const PURE_SYNTAX = [
  {
    selector: 'ImportExpression',
    message: 'The pure layers import statically; a dynamic import() hides a dependency from these rules.',
  },
];
const PURE_GLOBALS = [
  ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage'].map((name) => ({
    name,
    message: 'The pure layers run without a DOM; take what you need as an argument.',
  })),
  ...['process', 'require', 'Buffer', 'global', '__dirname', '__filename'].map((name) => ({
    name,
    message: 'The pure layers run without Node; take what you need as an argument.',
  })),
];

// --- The layers -----------------------------------------------------------------------------------
/** Every step's folder (src/steps/<id>), read from the disk: a new step is covered as it arrives. */
const STEP_FOLDERS = readdirSync(new URL('./src/steps', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'kit')
  .map((entry) => `src/steps/${entry.name}`);
const STEP_ONLY =
  'A step (and the step kit) imports only src/contract, src/domain and src/steps/kit: never another step, never the renderer.';
const PURE = [NODE, ELECTRON, REACT, ZUSTAND, LOWDB];
const STEP_VIEW = [NODE, ELECTRON, REACT_DOM, ZUSTAND, LOWDB];
const LAYERS = [
  { folder: 'src/contract', ext: ['ts', 'tsx'], pure: true, deny: PURE, denyFolders: ['electron', 'src/renderer', 'src/steps', 'src/domain'] },
  { folder: 'src/domain', ext: ['ts', 'tsx'], pure: true, deny: PURE, denyFolders: ['electron', 'src/renderer', 'src/steps'] },
  // src/steps/index.ts and friends: the list of steps, pure, may import every step.
  { folder: 'src/steps', ext: ['ts'], pure: true, flat: true, deny: PURE, denyFolders: ['electron', 'src/renderer'] },
  // The step kit: what steps may use besides the core. It knows no step and no renderer.
  { folder: 'src/steps/kit', ext: ['ts'], pure: true, deny: PURE, onlyInto: ['src/contract', 'src/domain', 'src/steps/kit'], onlyMessage: STEP_ONLY },
  { folder: 'src/steps/kit', ext: ['tsx'], deny: STEP_VIEW, onlyInto: ['src/contract', 'src/domain', 'src/steps/kit'], onlyMessage: STEP_ONLY },
  // A step: its definition is pure; its views use React. Either reaches only the core and the kit.
  { folder: 'src/steps/*', ext: ['ts'], pure: true, deny: PURE, onlyInto: ['src/contract', 'src/domain', 'src/steps/kit'], onlyMessage: STEP_ONLY },
  { folder: 'src/steps/*', ext: ['tsx'], deny: STEP_VIEW, onlyInto: ['src/contract', 'src/domain', 'src/steps/kit'], onlyMessage: STEP_ONLY },
  ...['electron/service', 'electron/web-host'].map((folder) => ({
    folder,
    ext: ['ts', 'tsx'],
    deny: [ELECTRON, REACT, ZUSTAND],
    denyFolders: ['src/renderer', 'electron/main', 'electron/preload'],
  })),
  { folder: 'electron/main', ext: ['ts', 'tsx'], deny: [REACT, ZUSTAND], denyFolders: ['src/renderer', 'electron/preload'] },
  { folder: 'electron/preload', ext: ['ts', 'tsx'], deny: [ONLY_ELECTRON], onlyInto: ['src/contract'] },
  // The renderer knows steps only through the registries (src/steps/index.ts, the kit, and the
  // view registry below): a step's folder is never named anywhere else in it.
  { folder: 'src/renderer', ext: ['ts', 'tsx'], deny: [NODE, ELECTRON, LOWDB], denyFolders: ['electron', ...STEP_FOLDERS] },
  { folder: 'src/renderer/steps', ext: ['ts'], flat: true, only: 'registry.ts', deny: [NODE, ELECTRON, LOWDB], denyFolders: ['electron'] },
];

/** Flat-config blocks for one layer: a depth-agnostic catch-all, then exact blocks per depth. */
function layerBlocks(layer) {
  const depths = layer.flat ? [0] : [undefined, ...Array.from({ length: MAX_DEPTH + 1 }, (_, i) => i)];
  return depths.map((depth) => {
    const below = depth === undefined ? '**/' : '*/'.repeat(depth);
    const patterns = [
      ...layer.deny,
      ...folderPatterns(layer.folder, depth, layer.denyFolders ?? []),
      ...(layer.onlyInto
        ? onlyIntoPatterns(layer.folder, depth, layer.onlyInto, layer.onlyMessage ?? "The sandboxed preload may import only 'electron' and src/contract.")
        : []),
    ];
    return {
      name: `samspil/layer ${layer.folder} .${layer.ext.join('/.')} depth ${depth ?? 'any'}`,
      files: layer.only ? [`${layer.folder}/${layer.only}`] : layer.ext.map((ext) => `${layer.folder}/${below}*.${ext}`),
      ignores: TESTS,
      rules: {
        'no-restricted-imports': ['error', { patterns: patterns.map((p) => ({ ...p, caseSensitive: true })) }],
        ...(layer.pure && {
          'no-restricted-globals': ['error', ...PURE_GLOBALS],
          'no-restricted-syntax': ['error', ...ELECTRON_DYNAMIC, ...PURE_SYNTAX],
        }),
      },
    };
  });
}

export default defineConfig(
  globalIgnores(['out/', 'dist/', 'node_modules/', 'test-results/', 'playwright-report/', '.bench/']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'samspil/base',
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    name: 'samspil/node globals',
    files: ['electron/**', 'scripts/**', 'test/**', '*.{js,mjs,cjs,ts}', '**/*.test.{ts,tsx}'],
    languageOptions: { globals: globals.node },
  },
  {
    name: 'samspil/browser globals',
    files: ['src/renderer/**', 'src/steps/**/*.tsx'],
    languageOptions: { globals: globals.browser },
  },
  {
    ...reactHooks.configs.flat.recommended,
    name: 'samspil/react hooks',
    files: ['src/renderer/**/*.{ts,tsx}', 'src/steps/**/*.tsx'],
  },
  // Every word a user sees is translated: literal text in JSX, or in the attributes a person
  // reads or hears (labels, titles, placeholders), fails the lint. Catalogs: src/i18n.
  {
    name: 'samspil/no untranslated text in views',
    files: ['src/renderer/**/*.tsx', 'src/steps/**/*.tsx'],
    ignores: TESTS,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'aria-description', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'] },
          words: { exclude: ['[0-9!-/:-@[-`{-~·–—…\\s]+'] },
        },
      ],
    },
  },
  // Everywhere: no 'electron' (main and preload lift this below).
  {
    name: 'samspil/no electron outside main and preload',
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ ...ELECTRON, caseSensitive: true }] }],
      'no-restricted-syntax': ['error', ...ELECTRON_DYNAMIC],
    },
  },
  {
    name: 'samspil/electron allowed in main and preload',
    files: ['electron/main/**', 'electron/preload/**'],
    ignores: TESTS,
    rules: { 'no-restricted-syntax': 'off' },
  },
  ...LAYERS.flatMap(layerBlocks),
);
