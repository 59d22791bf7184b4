// The consultant's brand in the service: kept in settings.json through `settings.consultant` (a
// logo checked and an SVG rebuilt from the allow-list before it is kept), announced to every
// window, and copied into every new workspace's playbook settings, with fresh document control.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { playbookSettingsOf } from '../../src/contract/consultant';
import { ServiceFailure } from '../../src/contract/errors';
import { decodeBase64, encodeBase64 } from '../../src/contract/logo';
import { createWorkspaceService, type WorkspaceService } from '../../electron/service/workspace-service';

let dataDir: string;
let service: WorkspaceService;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'samspil-consultant-'));
  service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
});
afterEach(async () => {
  await service.close();
  await rm(dataDir, { recursive: true, force: true });
});

const svg = (text: string) => encodeBase64(new TextEncoder().encode(text));

describe('the consultant’s settings', () => {
  it('keeps the brand with a rebuilt SVG logo and carries it into every new workspace', async () => {
    const events: { name: string }[] = [];
    service.subscribe((event) => events.push(event as { name: string }));
    const hostile = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script><circle cx="5" cy="5" r="4" fill="#c8642a"/></svg>';
    const settings = await service.call('settings.consultant', { firmName: 'Lykke & Co. Rådgivning', accent: '#c8642a', logo: { mediaType: 'image/svg+xml', data: svg(hostile) } });
    expect(settings.consultant.firmName).toBe('Lykke & Co. Rådgivning');
    expect(events.map((event) => event.name)).toContain('settings.changed');
    const kept = new TextDecoder().decode(decodeBase64(settings.consultant.logo!.data)!);
    expect(kept).toBe('<svg xmlns="http://www.w3.org/2000/svg"><circle cx="5" cy="5" r="4" fill="#c8642a"/></svg>');
    // On disk, for the next start.
    const onDisk = JSON.parse(await readFile(join(dataDir, 'settings.json'), 'utf8')) as { consultant: { firmName: string } };
    expect(onDisk.consultant.firmName).toBe('Lykke & Co. Rådgivning');

    const { workspaceId } = await service.call('workspace.create', { name: 'Nordvind', clientCompany: 'Nordvind Ventilation A/S', language: 'da', currency: 'DKK' });
    const { workspace } = await service.call('workspace.open', { workspaceId });
    const playbook = playbookSettingsOf(workspace);
    expect(playbook.consultant).toEqual(settings.consultant);
    expect(playbook.control).toMatchObject({ version: '1.0', status: 'draft' });
    // The workspace's document control is edited like any field, and stays in the file.
    const { revision } = await service.call('workspace.open', { workspaceId });
    await service.call('workspace.edit', { workspaceId, baseRevision: revision, clientId: 'test', ops: [{ type: 'set', path: ['playbook', 'control', 'status'], value: 'final' }] });
    await service.flush();
    const file = JSON.parse(await readFile(join(dataDir, 'workspaces', `${workspaceId}.json`), 'utf8')) as object;
    expect(playbookSettingsOf(file).control.status).toBe('final');
  });

  it('refuses a logo that is not what it says, and keeps the settings as they were', async () => {
    const before = await service.call('settings.get', {});
    for (const logo of [
      { mediaType: 'image/png' as const, data: svg('<svg/>') },
      { mediaType: 'image/svg+xml' as const, data: svg('<html><script>alert(1)</script></html>') },
    ]) {
      const error = await service.call('settings.consultant', { firmName: 'X', accent: '#000000', logo }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceFailure);
      expect((error as ServiceFailure).error).toMatchObject({ code: 'invalid_input', params: { field: 'logo' } });
    }
    expect(await service.call('settings.get', {})).toEqual(before);
  });
});
