// Export gives the document's text; import of that text makes a new workspace (new id, same
// content). Damaged or too-new text is refused with a typed error and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { encodeWorkspace } from '../../src/contract/codec';
import { CURRENT_SCHEMA_VERSION } from '../../src/contract/workspace';
import { exportFileName } from '../../electron/service/workspace-service';
import {
  TestBed,
  createSample,
  edit,
  expectError,
  listDir,
  readWorkspaceFile,
  recordEvents,
  sampleDocument,
  sampleText,
  workspacesDir,
} from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

describe('export', () => {
  it('gives the document as the same text the file holds, with a safe file name', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary } = await createSample(service);
    await edit(service, summary.workspaceId, [{ type: 'set', path: ['name'], value: 'Nordvind: Q3/Q4 "plan"' }]);
    const exported = await service.call('workspace.export', { workspaceId: summary.workspaceId });
    const doc = (await service.call('workspace.open', { workspaceId: summary.workspaceId })).workspace;
    expect(exported.content).toBe(encodeWorkspace(doc));
    expect(exported.content).toBe(await readWorkspaceFile(dataDir, summary.workspaceId));
    expect(exported.fileName).toBe('Nordvind Q3 Q4 plan.json');
    expect(exported.fileName).not.toMatch(/[\\/:*?"<>|]/);
  });

  it('exports a workspace that is not open without opening or writing it', async () => {
    const dataDir = await bed.tempDir();
    const setup = await bed.service({ dataDir });
    const { summary } = await createSample(setup);
    await setup.close();
    const service = await bed.service({ dataDir });
    const exported = await service.call('workspace.export', { workspaceId: summary.workspaceId });
    expect(exported.content).toBe(await readWorkspaceFile(dataDir, summary.workspaceId));
    expect(await listDir(`${dataDir}/locks`)).toEqual([]);
  });

  it('falls back to the id for a name with nothing safe in it', () => {
    expect(exportFileName(sampleDocument('abc', { name: '///' }))).toBe('abc.json');
  });
});

describe('import', () => {
  it('imports exported text as a new workspace with a new id and the same content', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary } = await createSample(service);
    const exported = await service.call('workspace.export', { workspaceId: summary.workspaceId });
    const events = recordEvents(service);

    const imported = await service.call('workspace.import', { fileName: exported.fileName, content: exported.content });
    expect(imported.workspaceId).not.toBe(summary.workspaceId);
    expect(imported).toMatchObject({ status: 'ok', name: summary.name, clientCompany: summary.clientCompany });
    expect(events.named('workspace.listChanged')).toHaveLength(1);

    const original = (await service.call('workspace.open', { workspaceId: summary.workspaceId })).workspace;
    const copy = (await service.call('workspace.open', { workspaceId: imported.workspaceId })).workspace;
    expect(copy.id).toBe(imported.workspaceId);
    expect({ ...copy, id: original.id }).toEqual(original);
    expect(JSON.parse(await readWorkspaceFile(dataDir, imported.workspaceId))).toEqual(copy);

    // A second import of the same text is a third workspace: an import never replaces one.
    const again = await service.call('workspace.import', { fileName: exported.fileName, content: exported.content });
    expect(new Set([summary.workspaceId, imported.workspaceId, again.workspaceId]).size).toBe(3);
    expect(await listDir(workspacesDir(dataDir))).toHaveLength(3);
    // The two are independent.
    await edit(service, imported.workspaceId, [{ type: 'set', path: ['name'], value: 'Imported, then renamed' }]);
    expect((await service.call('workspace.open', { workspaceId: summary.workspaceId })).workspace.name).toBe(summary.name);
  });

  it('imports a file whose id is foreign or unsafe, under a fresh id', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir, newId: () => 'fresh-id' });
    const imported = await service.call('workspace.import', { fileName: 'x.json', content: sampleText('someone-elses-id') });
    expect(imported.workspaceId).toBe('fresh-id');
    expect(await listDir(workspacesDir(dataDir))).toEqual(['fresh-id.json']);
    expect(JSON.parse(await readWorkspaceFile(dataDir, 'fresh-id')).id).toBe('fresh-id');
  });

  it('refuses damaged text with import_invalid and the reason, writing nothing', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    await createSample(service);
    const before = await listDir(workspacesDir(dataDir));
    const valid = sampleText('x');
    const cases: [string, string][] = [
      ['', 'empty'],
      ['   \n', 'empty'],
      [`\uFEFF${valid}`, 'bom'],
      [valid.slice(0, 120), 'truncated'],
      ['not json at all', 'not_json'],
      ['null', 'not_an_object'],
      ['[]', 'not_an_object'],
      [JSON.stringify({ ...sampleDocument('x'), currency: 'kroner' }), 'invalid_shape'],
      [JSON.stringify({ name: 'no version' }), 'invalid_shape'],
    ];
    for (const [content, reason] of cases) {
      const error = await expectError(service, 'workspace.import', { fileName: 'broken.json', content });
      expect({ content: content.slice(0, 20), code: error.code, reason: error.params['reason'] }).toEqual({
        content: content.slice(0, 20),
        code: 'import_invalid',
        reason,
      });
      expect(error.params['fileName']).toBe('broken.json');
    }
    expect(await listDir(workspacesDir(dataDir))).toEqual(before);
  });

  it('refuses a newer schema version with workspace_too_new, writing nothing', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const content = JSON.stringify({ ...sampleDocument('x'), schemaVersion: CURRENT_SCHEMA_VERSION + 1 });
    const error = await expectError(service, 'workspace.import', { fileName: 'future.json', content });
    expect(error).toMatchObject({
      code: 'workspace_too_new',
      params: { fileName: 'future.json', schemaVersion: CURRENT_SCHEMA_VERSION + 1, supportedVersion: CURRENT_SCHEMA_VERSION },
    });
    expect(await listDir(workspacesDir(dataDir))).toEqual([]);
    expect((await service.call('workspace.list', {})).workspaces).toEqual([]);
  });
});
