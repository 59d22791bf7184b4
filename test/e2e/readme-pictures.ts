import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test } from '@playwright/test';

/**
 * Where a README picture goes: docs/ when `npm run screenshots` asks for them
 * (SAMSPIL_SCREENSHOTS=1), otherwise the test's own output folder, so `npm test` leaves the
 * working tree as it found it while still taking (and so testing) every picture.
 */
export function readmePicture(name: string): string {
  if (process.env['SAMSPIL_SCREENSHOTS'] === '1') {
    const docs = resolve(import.meta.dirname, '..', '..', 'docs');
    mkdirSync(docs, { recursive: true });
    return join(docs, name);
  }
  return test.info().outputPath(name);
}
