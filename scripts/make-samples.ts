/**
 * `npm run samples`: writes the sample workshop, Nordvind Ventilation A/S, in Danish and English
 * to resources/samples/nordvind.<language>.json from each registered step's own sample
 * (`sample` in src/steps/<id>/definition.ts), and checks that each decodes as a valid workspace of the current version.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeWorkspace, encodeWorkspace } from '../src/contract/codec';
import { emptySession } from '../src/contract/session';
import { CURRENT_SCHEMA_VERSION, type Language, type Workspace } from '../src/contract/workspace';
import { codecOptions, currentStepVersions, sampleSteps } from '../src/steps';

export function sampleWorkspace(lang: Language): Workspace {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: `sample-nordvind-${lang}`,
    name: lang === 'da' ? 'Workshop om samspil mellem salg og marketing (eksempel)' : 'Sales and marketing alignment workshop (sample)',
    clientCompany: 'Nordvind Ventilation A/S',
    language: lang,
    currency: 'DKK',
    createdAt: '2026-11-02T09:00:00.000+01:00',
    updatedAt: '2026-11-02T09:00:00.000+01:00',
    session: emptySession(),
    stepVersions: currentStepVersions(),
    // Each step brings its own sample content (its definition's `sample`), in the language.
    steps: sampleSteps(lang),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const lang of ['da', 'en'] as const) {
    const text = encodeWorkspace(sampleWorkspace(lang));
    const decoded = decodeWorkspace(text, codecOptions);
    if (decoded.status !== 'ok') throw new Error(`the ${lang} sample is not a valid workspace: ${JSON.stringify(decoded)}`);
    writeFileSync(fileURLToPath(new URL(`../resources/samples/nordvind.${lang}.json`, import.meta.url)), text);
    console.log(`resources/samples/nordvind.${lang}.json`);
  }
}
