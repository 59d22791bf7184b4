import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * `npm run calendar:ics -- WORKSPACE.json OUT.ics [--meeting ID]` as a person runs it, on the
 * Danish sample (resources/samples, written from every registered step's sample): the calendar
 * it writes, read back with ical.js; a second run keeps the UIDs; and the messages and exit
 * codes for a damaged file, a newer one, and a wrong command line.
 */
const root = resolve(import.meta.dirname, '..', '..');
const work = mkdtempSync(join(tmpdir(), 'samspil-calendar-'));
const sample = join(root, 'resources', 'samples', 'nordvind.da.json');
afterAll(() => rmSync(work, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/calendar-ics.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'C.UTF-8' }, timeout: 60_000 });
}

const events = (file: string) => new ICAL.Component(ICAL.parse(readFileSync(file, 'utf8'))).getAllSubcomponents('vevent');

describe('npm run calendar:ics', () => {
  it('writes every meeting of the sample, in Danish, and the same UIDs on a second run', { timeout: 60_000 }, () => {
    const first = run([sample, join(work, 'a.ics')]);
    expect(first.stderr).toBe('');
    expect(first.stdout).toContain('Wrote 5 meetings to');
    expect(first.status).toBe(0);
    const a = events(join(work, 'a.ics'));
    expect(a.map((e) => e.getFirstPropertyValue('summary'))).toEqual([
      'Dagligt leadtjek',
      'Ugentlig leadgennemgang',
      'Månedlig strategifrokost',
      'Kvartalsmøde om mål og SLA',
      'Makkerpar: sælger og marketing',
    ]);
    expect(a.every((e) => e.getFirstProperty('dtstart')!.getParameter('tzid') === 'Europe/Copenhagen')).toBe(true);
    expect(run([sample, join(work, 'b.ics')]).status).toBe(0);
    expect(events(join(work, 'b.ics')).map((e) => e.getFirstPropertyValue('uid'))).toEqual(a.map((e) => e.getFirstPropertyValue('uid')));
  });

  it('writes one meeting with --meeting', { timeout: 60_000 }, () => {
    const one = run([sample, join(work, 'one.ics'), '--meeting', 'strategy-lunch']);
    expect(one.status).toBe(0);
    expect(events(join(work, 'one.ics')).map((e) => String(e.getFirstPropertyValue('rrule')))).toEqual(['FREQ=MONTHLY;BYDAY=1TU']);
    const unknown = run([sample, join(work, 'x.ics'), '--meeting', 'gone']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('This workspace has no meeting with the id “gone”.');
  });

  it('refuses a damaged file and a newer one with the app’s own words, and explains its usage', { timeout: 60_000 }, () => {
    writeFileSync(join(work, 'cut.json'), '{"schemaVersion": 3, "name": "Cut');
    const cut = run([join(work, 'cut.json'), join(work, 'x.ics')]);
    expect(cut.status).toBe(1);
    expect(cut.stderr).toContain('“cut.json” is not a workspace file Samspil can import');
    writeFileSync(join(work, 'new.json'), JSON.stringify({ schemaVersion: 999, name: 'From the future' }));
    const newer = run([join(work, 'new.json'), join(work, 'x.ics')]);
    expect(newer.status).toBe(1);
    expect(newer.stderr).toContain('made by a newer version of Samspil');
    const usage = run(['only-one.json']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('Usage: npm run calendar:ics -- WORKSPACE.json OUT.ics');
  });
});
