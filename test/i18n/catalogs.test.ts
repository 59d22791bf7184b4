import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../src/contract/errors';
import { damageReasonSchema } from '../../src/contract/calls';
import { allCatalogs as catalogs, allNamespaces as namespaces } from '../../src/steps/catalogs';

/** Every key of a catalog as a dotted path, with the {{variables}} its text uses. */
function flatten(node: unknown, prefix = ''): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  if (typeof node === 'string') {
    keys.set(prefix, [...node.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]!).sort());
    return keys;
  }
  for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
    for (const [k, v] of flatten(value, prefix ? `${prefix}.${key}` : key)) keys.set(k, v);
  }
  return keys;
}

describe('translation catalogs', () => {
  for (const ns of namespaces) {
    it(`"${ns}" has the same keys and the same {{variables}} in English and Danish`, () => {
      const en = flatten(catalogs.en[ns]);
      const da = flatten(catalogs.da[ns]);
      expect([...da.keys()].sort()).toEqual([...en.keys()].sort());
      for (const [key, vars] of en) expect({ key, vars: da.get(key) }).toEqual({ key, vars });
    });

    it(`"${ns}" has no empty texts, and Danish is not English left untranslated`, () => {
      const en = flatten(catalogs.en[ns]);
      const daTexts = flatten(catalogs.da[ns]);
      const identical: string[] = [];
      for (const [key] of daTexts) {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs.da[ns]);
        const english = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalogs.en[ns]);
        expect(String(text).trim(), `${ns}:${key}`).not.toBe('');
        // Long sentences identical in both languages were copied, not translated.
        if (text === english && String(text).split(' ').length > 3) identical.push(key);
      }
      expect(identical).toEqual([]);
      expect(en.size).toBeGreaterThan(0);
    });
  }

  it('has a message for every error code the service can answer', () => {
    const errors = flatten(catalogs.en.errors);
    for (const code of errorCodes) expect(errors.has(code), code).toBe(true);
  });

  it('names every reason a file can be damaged', () => {
    // In home:damage, or errors:damage for the reasons a file is refused before it is read.
    const home = flatten(catalogs.en.home);
    const errors = flatten(catalogs.en.errors);
    for (const reason of damageReasonSchema.options) expect(home.has(`damage.${reason}`) || errors.has(`damage.${reason}`), reason).toBe(true);
  });
});

describe('untranslated text in views', () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const lint = async (code: string) => {
    const [result] = await eslint.lintText(code, { filePath: 'src/renderer/home/Probe.tsx' });
    return result!.messages.filter((m) => m.ruleId === 'i18next/no-literal-string');
  };

  it('fails the lint for literal text and literal labels in JSX', async () => {
    expect(await lint('export function Probe() { return <button type="button">Delete</button>; }\n')).toHaveLength(1);
    expect(await lint('export function Probe() { return <input aria-label="Workspace name" />; }\n')).toHaveLength(1);
  });

  it('accepts translated text and non-text attributes', async () => {
    const code =
      "import { useTranslation } from 'react-i18next';\n" +
      'export function Probe() {\n  const { t } = useTranslation();\n' +
      '  return <button type="button" className="button" aria-label={t(\'x\')}>{t(\'delete\')} · 3</button>;\n}\n';
    expect(await lint(code)).toEqual([]);
  });
});
