// The packaged app's Electron fuses (scripts/apply-fuses.mjs), flipped on a stand-in binary: a
// file with the fuse wire Electron compiles in (sentinel, version, length, one byte per fuse).
import { getCurrentFuseWire, FuseState, FuseV1Options } from '@electron/fuses';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMSPIL_FUSES, applyFuses } from '../../scripts/apply-fuses.mjs';

const work = mkdtempSync(join(tmpdir(), 'samspil-fuses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Electron's defaults: every fuse enabled except the ones that ship disabled. */
function fakeElectron(name: string): string {
  const wire = Buffer.from([FuseState.ENABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.ENABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.DISABLE, FuseState.ENABLE, FuseState.ENABLE]);
  const file = join(work, name);
  writeFileSync(
    file,
    Buffer.concat([Buffer.alloc(4096, 7), Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), Buffer.from([1, wire.length]), wire, Buffer.alloc(4096, 7)]),
  );
  return file;
}

describe('the fuses', () => {
  it('set every fuse explicitly', () => {
    const fuses = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    for (const fuse of fuses) expect(typeof (SAMSPIL_FUSES as Record<number, unknown>)[fuse], FuseV1Options[fuse]).toBe('boolean');
    expect(SAMSPIL_FUSES.strictlyRequireAllFuses).toBe(true);
  });

  it('turn off running as Node, NODE_OPTIONS and --inspect, and load only the checked asar', async () => {
    const binary = fakeElectron('electron');
    await applyFuses(binary);
    const wire = await getCurrentFuseWire(binary);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});
