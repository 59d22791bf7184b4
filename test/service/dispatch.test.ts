// The one dispatch both transports wrap: an unknown call or an input that does not match the
// contract is answered with a typed error before any handler runs (so nothing is touched).
import { afterEach, describe, expect, it } from 'vitest';
import { callNames } from '../../src/contract/calls';
import { dispatchCall, type Handlers } from '../../electron/service/dispatch';
import { ServiceFailure } from '../../src/contract/errors';
import { TestBed, createSample, expectError, listDir, workspacesDir } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

describe('dispatch', () => {
  it('answers unknown_call for a name that is not in the contract', async () => {
    const service = await bed.service();
    for (const name of ['workspace.nope', '', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'x'.repeat(5000)]) {
      const error = await expectError(service, name, {});
      expect(error.code).toBe('unknown_call');
      expect(String(error.params['call']).length).toBeLessThanOrEqual(100);
    }
  });

  it('answers invalid_input, and the handler did not run: no file is created', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const bad: unknown[] = [
      { name: '', clientCompany: 'x', language: 'da' },
      { name: '   ', clientCompany: 'x', language: 'da' },
      { name: 'ok', clientCompany: 'x', language: 'de' },
      { name: 'ok', clientCompany: 'x', language: 'da', currency: 'kroner' },
      { name: 'ok', clientCompany: 'x', language: 'da', extra: true },
      { name: 'x'.repeat(201), clientCompany: 'x', language: 'da' },
      { name: 42, clientCompany: 'x', language: 'da' },
      null,
      'a string',
      [],
    ];
    for (const input of bad) {
      const error = await expectError(service, 'workspace.create', input);
      expect(error.code).toBe('invalid_input');
      expect(error.params['call']).toBe('workspace.create');
      expect(typeof error.params['detail']).toBe('string');
    }
    expect(await listDir(workspacesDir(dataDir))).toEqual([]);
    expect((await service.call('workspace.list', {})).workspaces).toEqual([]);
  });

  it('refuses ids that could leave the workspace folder and malformed edits, touching nothing', async () => {
    const dataDir = await bed.tempDir();
    const service = await bed.service({ dataDir });
    const { summary, revision } = await createSample(service);
    const workspaceId = summary.workspaceId;
    for (const id of ['../escape', 'a/b', '.hidden', '', 'x'.repeat(101), 'ä']) {
      expect((await expectError(service, 'workspace.open', { workspaceId: id })).code).toBe('invalid_input');
    }
    const edits: unknown[] = [
      { workspaceId, baseRevision: revision, clientId: 'a', ops: [] },
      { workspaceId, baseRevision: -1, clientId: 'a', ops: [{ type: 'set', path: ['name'], value: 'x' }] },
      { workspaceId, baseRevision: revision, clientId: '', ops: [{ type: 'set', path: ['name'], value: 'x' }] },
      { workspaceId, baseRevision: revision, clientId: 'a', ops: [{ type: 'set', path: [], value: 'x' }] },
      { workspaceId, baseRevision: revision, clientId: 'a', ops: [{ type: 'explode', path: ['name'] }] },
      { workspaceId, baseRevision: revision, clientId: 'a', ops: [{ type: 'insert', path: ['steps'], value: { noId: 1 } }] },
      { workspaceId, baseRevision: 1.5, clientId: 'a', ops: [{ type: 'set', path: ['name'], value: 'x' }] },
    ];
    for (const input of edits) {
      expect((await expectError(service, 'workspace.edit', input)).code).toBe('invalid_input');
    }
    const after = await service.call('workspace.open', { workspaceId });
    expect(after.revision).toBe(revision);
    expect(after.workspace.name).toBe('Nordvind workshop');
  });

  it('accepts a missing input for calls without parameters', async () => {
    const service = await bed.service();
    expect(await service.dispatch('workspace.list', undefined)).toEqual({ ok: true, data: { workspaces: [] } });
    expect((await expectError(service, 'workspace.list', { unexpected: 1 })).code).toBe('invalid_input');
  });

  it('turns failures into typed envelopes: ServiceFailure as is, file-system errors as io_error, others as internal', async () => {
    const calls: string[] = [];
    const handlers = Object.fromEntries(
      callNames.map((name) => [
        name,
        async () => {
          calls.push(name);
          if (name === 'workspace.open') throw new ServiceFailure('not_found', { workspaceId: 'x' });
          if (name === 'workspace.export') throw Object.assign(new Error('disk'), { code: 'EACCES' });
          throw new Error('boom');
        },
      ]),
    ) as unknown as Handlers;
    expect(await dispatchCall(handlers, 'workspace.open', { workspaceId: 'x' })).toEqual({
      ok: false,
      error: { code: 'not_found', params: { workspaceId: 'x' } },
    });
    expect(await dispatchCall(handlers, 'workspace.export', { workspaceId: 'x' })).toEqual({
      ok: false,
      error: { code: 'io_error', params: { call: 'workspace.export', reason: 'EACCES' } },
    });
    expect(await dispatchCall(handlers, 'workspace.trash', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await dispatchCall(handlers, 'workspace.open', { workspaceId: '../x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await dispatchCall(handlers, 'nope', {})).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    // The handlers ran only for the three valid calls.
    expect(calls).toEqual(['workspace.open', 'workspace.export', 'workspace.trash']);
  });
});
