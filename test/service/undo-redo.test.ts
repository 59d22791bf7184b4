// Undo and redo live in the service: two windows, each keeping a mirror of the document by
// applying the broadcast patches, stay equal to the service's document through edits, undos and
// redos made from either window.
import { applyPatches, type Patch } from 'immer';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditOp } from '../../src/contract/edit';
import type { Workspace } from '../../src/contract/workspace';
import type { WorkspaceService } from '../../electron/service/workspace-service';
import { FakeClock, TestBed, createSample, expectError, fileHash, readWorkspaceFile, recordEvents, workspaceFile } from './helpers';

const bed = new TestBed();
afterEach(() => bed.cleanup());

/** What a window holds: a mirror that follows the document by patches only. */
class WindowMirror {
  workspace: Workspace;
  revision: number;
  canUndo: boolean;
  canRedo: boolean;
  readonly problems: string[] = [];
  readonly kinds: string[] = [];

  constructor(
    readonly clientId: string,
    readonly service: WorkspaceService,
    readonly workspaceId: string,
    opened: { workspace: Workspace; revision: number; canUndo: boolean; canRedo: boolean },
  ) {
    this.workspace = opened.workspace;
    this.revision = opened.revision;
    this.canUndo = opened.canUndo;
    this.canRedo = opened.canRedo;
    service.subscribe((event) => {
      if (event.name !== 'workspace.changed' || event.payload.workspaceId !== workspaceId) return;
      if (event.payload.revision !== this.revision + 1) {
        this.problems.push(`${clientId}: got revision ${event.payload.revision} at ${this.revision}`);
        return;
      }
      this.workspace = applyPatches(this.workspace, event.payload.patches as Patch[]);
      this.revision = event.payload.revision;
      this.canUndo = event.payload.canUndo;
      this.canRedo = event.payload.canRedo;
      this.kinds.push(event.payload.kind);
    });
  }

  edit(ops: EditOp[], coalesceKey?: string) {
    return this.service.call('workspace.edit', {
      workspaceId: this.workspaceId,
      baseRevision: this.revision,
      clientId: this.clientId,
      ops,
      ...(coalesceKey !== undefined ? { coalesceKey } : {}),
    });
  }
  /** An edit of the running of the room, kept off the undo stack. */
  sessionEdit(ops: EditOp[]) {
    return this.service.call('workspace.edit', {
      workspaceId: this.workspaceId,
      baseRevision: this.revision,
      clientId: this.clientId,
      ops,
      undoable: false,
    });
  }
  undo() {
    return this.service.call('workspace.undo', { workspaceId: this.workspaceId, clientId: this.clientId });
  }
  redo() {
    return this.service.call('workspace.redo', { workspaceId: this.workspaceId, clientId: this.clientId });
  }
}

async function twoWindows(options: { now?: () => Date } = {}) {
  // The sample is made by one session; the windows open it in the next, with no history yet.
  const dataDir = await bed.tempDir();
  const setup = await bed.service({ ...options, dataDir });
  const { summary } = await createSample(setup);
  await setup.close();
  const service = await bed.service({ ...options, dataDir });
  const workspaceId = summary.workspaceId;
  const opened = await service.call('workspace.open', { workspaceId });
  const w1 = new WindowMirror('window-1', service, workspaceId, opened);
  const w2 = new WindowMirror('window-2', service, workspaceId, await service.call('workspace.open', { workspaceId }));
  /** Both mirrors equal the service's document, revision and undo state. */
  const inStep = async (expected?: { canUndo: boolean; canRedo: boolean }) => {
    const truth = await service.call('workspace.open', { workspaceId });
    for (const w of [w1, w2]) {
      expect(w.problems).toEqual([]);
      expect(w.workspace).toEqual(truth.workspace);
      expect(w.revision).toBe(truth.revision);
      expect({ canUndo: w.canUndo, canRedo: w.canRedo }).toEqual({ canUndo: truth.canUndo, canRedo: truth.canRedo });
    }
    if (expected) expect({ canUndo: truth.canUndo, canRedo: truth.canRedo }).toEqual(expected);
    return truth.workspace;
  };
  return { dataDir, service, workspaceId, w1, w2, inStep, opened };
}

const items = ['steps', 'agenda', 'items'];
type Agenda = { agenda: { title: string; items: { id: string; text: string; minutes: number }[] }; notes: { text: string } };
const stepsOf = (w: Workspace) => w.steps as Agenda;

describe('undo and redo with two windows', () => {
  it('keeps both mirrors equal to the document through edits, undo and redo from either window', async () => {
    const { w1, w2, inStep, opened } = await twoWindows();
    const original = opened.workspace;
    await inStep({ canUndo: false, canRedo: false });

    const e1 = await w1.edit([{ type: 'set', path: ['name'], value: 'Renamed in window 1' }]);
    expect(e1).toMatchObject({ canUndo: true, canRedo: false });
    expect((await inStep({ canUndo: true, canRedo: false })).name).toBe('Renamed in window 1');

    await w2.edit([
      { type: 'insert', path: items, value: { id: 'item-raci', text: 'RACI', minutes: 30 }, index: 0 },
      { type: 'set', path: [...items, { id: 'item-funnel' }, 'minutes'], value: 60 },
    ]);
    await w1.edit([{ type: 'move', path: [...items, { id: 'item-welcome' }], toIndex: 2 }]);
    let doc = await inStep({ canUndo: true, canRedo: false });
    expect(stepsOf(doc).agenda.items.map((i) => i.id)).toEqual(['item-raci', 'item-funnel', 'item-welcome']);

    // Window 2 undoes window 1's move, then its own insert.
    const u1 = await w2.undo();
    expect(u1).toMatchObject({ canUndo: true, canRedo: true });
    doc = await inStep({ canUndo: true, canRedo: true });
    expect(stepsOf(doc).agenda.items.map((i) => i.id)).toEqual(['item-raci', 'item-welcome', 'item-funnel']);
    await w2.undo();
    doc = await inStep({ canUndo: true, canRedo: true });
    expect(stepsOf(doc).agenda.items).toEqual(stepsOf(original).agenda.items);

    // Window 1 redoes the insert.
    await w1.redo();
    doc = await inStep({ canUndo: true, canRedo: true });
    expect(stepsOf(doc).agenda.items.map((i) => i.minutes)).toEqual([30, 10, 60]);

    // Undo everything: back to the original content.
    await w1.undo();
    const last = await w2.undo();
    expect(last).toMatchObject({ canUndo: false, canRedo: true });
    doc = await inStep({ canUndo: false, canRedo: true });
    const { updatedAt: _u1, ...content } = doc;
    const { updatedAt: _u2, ...originalContent } = original;
    expect(content).toEqual(originalContent);
    expect((await expectError(w1.service, 'workspace.undo', { workspaceId: w1.workspaceId })).code).toBe('nothing_to_undo');

    // Redo everything.
    await w2.redo();
    await w1.redo();
    const final = await w2.redo();
    expect(final).toMatchObject({ canUndo: true, canRedo: false });
    doc = await inStep({ canUndo: true, canRedo: false });
    expect(doc.name).toBe('Renamed in window 1');
    expect(stepsOf(doc).agenda.items.map((i) => i.id)).toEqual(['item-raci', 'item-funnel', 'item-welcome']);
    expect((await expectError(w1.service, 'workspace.redo', { workspaceId: w1.workspaceId })).code).toBe('nothing_to_redo');

    expect(w1.kinds).toEqual(['edit', 'edit', 'edit', 'undo', 'undo', 'redo', 'undo', 'undo', 'redo', 'redo', 'redo']);
    expect(w2.kinds).toEqual(w1.kinds);
  });

  it('names the client on edits only, so a window can tell its own echo', async () => {
    const { service, w1, w2 } = await twoWindows();
    const seen: { kind: string; clientId: string | undefined }[] = [];
    service.subscribe((e) => {
      if (e.name === 'workspace.changed') seen.push({ kind: e.payload.kind, clientId: e.payload.clientId });
    });
    await w1.edit([{ type: 'set', path: ['name'], value: 'x' }]);
    await w2.edit([{ type: 'set', path: ['clientCompany'], value: 'y' }]);
    await w2.undo();
    await w1.redo();
    expect(seen).toEqual([
      { kind: 'edit', clientId: 'window-1' },
      { kind: 'edit', clientId: 'window-2' },
      { kind: 'undo', clientId: undefined },
      { kind: 'redo', clientId: undefined },
    ]);
  });

  it('answers nothing_to_undo and nothing_to_redo on a fresh workspace and changes nothing', async () => {
    const service = await bed.service();
    const { workspaceId } = await service.call('workspace.create', { name: 'Fresh', clientCompany: '', language: 'en' });
    const before = await service.call('workspace.open', { workspaceId });
    expect(before).toMatchObject({ canUndo: false, canRedo: false, revision: 0 });
    expect((await expectError(service, 'workspace.undo', { workspaceId })).code).toBe('nothing_to_undo');
    expect((await expectError(service, 'workspace.redo', { workspaceId })).code).toBe('nothing_to_redo');
    expect(await service.call('workspace.open', { workspaceId })).toEqual(before);
  });

  it('clears redo when a new edit is made', async () => {
    const { w1, w2, inStep } = await twoWindows();
    await w1.edit([{ type: 'set', path: ['name'], value: 'one' }]);
    await w1.edit([{ type: 'set', path: ['name'], value: 'two' }]);
    await w2.undo();
    await inStep({ canUndo: true, canRedo: true });
    const fresh = await w2.edit([{ type: 'set', path: ['clientCompany'], value: 'new branch' }]);
    expect(fresh.canRedo).toBe(false);
    const doc = await inStep({ canUndo: true, canRedo: false });
    expect(doc).toMatchObject({ name: 'one', clientCompany: 'new branch' });
    expect((await expectError(w1.service, 'workspace.redo', { workspaceId: w1.workspaceId })).code).toBe('nothing_to_redo');
    await w1.undo();
    await w1.undo();
    expect((await inStep()).name).toBe('Nordvind workshop');
  });

  it('joins a burst of typing with one coalesceKey into one undo step', async () => {
    const clock = new FakeClock();
    const { w1, w2, inStep } = await twoWindows({ now: clock.now });
    const path = ['steps', 'notes', 'text'];
    for (const text of ['B', 'Br', 'Bri', 'Brin', 'Bring']) {
      clock.advance(200);
      await w1.edit([{ type: 'set', path, value: text }], 'notes.text');
    }
    expect(stepsOf(await inStep({ canUndo: true, canRedo: false })).notes.text).toBe('Bring');
    await w2.undo();
    expect(stepsOf(await inStep()).notes.text).toBe('Bring post-its');
    await w2.redo();
    expect(stepsOf(await inStep()).notes.text).toBe('Bring');
    await w1.undo();

    // Separate steps: after a pause, with another key, or from another window.
    clock.advance(200);
    await w1.edit([{ type: 'set', path, value: 'a' }], 'notes.text');
    clock.advance(10_000);
    await w1.edit([{ type: 'set', path, value: 'ab' }], 'notes.text');
    clock.advance(200);
    await w1.edit([{ type: 'set', path, value: 'abc' }], 'other');
    clock.advance(200);
    await w2.edit([{ type: 'set', path, value: 'abcd' }], 'other');
    const steps: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      await w1.undo();
      steps.push(stepsOf(await inStep()).notes.text);
    }
    expect(steps).toEqual(['abc', 'ab', 'a', 'Bring post-its']);
    expect((await inStep()).name).toBe('Nordvind workshop');
  });

  it('treats every path of a coalesced step as changed when it is undone', async () => {
    const { service, workspaceId, w1, w2 } = await twoWindows();
    // One coalesced step touching two fields.
    await w1.edit([{ type: 'set', path: ['name'], value: 'N' }], 'typing');
    await w1.edit([{ type: 'set', path: ['clientCompany'], value: 'C' }], 'typing');
    const seenByB = w2.revision;
    await w1.undo();
    // B, based before the undo, edits the client company the undo just changed back.
    const answer = await service.dispatch('workspace.edit', {
      workspaceId,
      baseRevision: seenByB,
      clientId: 'window-2',
      ops: [{ type: 'set', path: ['clientCompany'], value: 'B keeps C?' }],
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'stale_revision', params: { path: 'clientCompany' } } });
    expect((await service.call('workspace.open', { workspaceId })).workspace.clientCompany).toBe('Nordvind A/S');
  });
});

describe('edits of the session that undo passes by (undoable: false)', () => {
  const current = (value: string | null): EditOp[] => [{ type: 'set', path: ['session', 'currentItemId'], value }];

  it('applies, broadcasts and saves a session edit, but keeps it off the undo stack', async () => {
    const { dataDir, service, workspaceId, w1, w2, inStep } = await twoWindows();
    const events = recordEvents(service);
    await w1.edit([{ type: 'set', path: ['name'], value: 'Renamed' }]);
    await inStep({ canUndo: true, canRedo: false });

    const moved = await w2.sessionEdit(current('agenda-setup'));
    // Undo state as it was: the content edit is still the one to undo.
    expect(moved).toMatchObject({ revision: w1.revision, canUndo: true, canRedo: false });
    let doc = await inStep({ canUndo: true, canRedo: false });
    expect(doc.session.currentItemId).toBe('agenda-setup');
    expect(doc.name).toBe('Renamed');

    // Broadcast like any edit, naming its window, and saved at once.
    const changed = events.named('workspace.changed');
    expect(changed).toHaveLength(2);
    expect(changed[1]!.payload).toMatchObject({ workspaceId, kind: 'edit', clientId: 'window-2', revision: moved.revision, canUndo: true, canRedo: false });
    expect(changed[1]!.payload.patches).toContainEqual({ op: 'replace', path: ['session', 'currentItemId'], value: 'agenda-setup' });
    expect(events.named('workspace.saveState').at(-1)!.payload).toMatchObject({ workspaceId, state: 'saved' });
    expect(JSON.parse(await readWorkspaceFile(dataDir, workspaceId))).toEqual(doc);

    // Undo reverts the content edit before it, not the session edit.
    const undone = await w1.undo();
    expect(undone).toMatchObject({ canUndo: false, canRedo: true });
    doc = await inStep({ canUndo: false, canRedo: true });
    expect(doc.name).toBe('Nordvind workshop');
    expect(doc.session.currentItemId).toBe('agenda-setup');
    expect((await expectError(service, 'workspace.undo', { workspaceId })).code).toBe('nothing_to_undo');

    // A session edit does not clear redo, and redo leaves the session where the room is.
    const later = await w2.sessionEdit([...current('agenda-welcome'), { type: 'set', path: ['session', 'presenterBlank'], value: true }]);
    expect(later).toMatchObject({ canUndo: false, canRedo: true });
    await inStep({ canUndo: false, canRedo: true });
    const redone = await w1.redo();
    expect(redone).toMatchObject({ canUndo: true, canRedo: false });
    doc = await inStep({ canUndo: true, canRedo: false });
    expect(doc.name).toBe('Renamed');
    expect(doc.session).toMatchObject({ currentItemId: 'agenda-welcome', presenterBlank: true });
    expect(JSON.parse(await readWorkspaceFile(dataDir, workspaceId))).toEqual(doc);

    expect(w1.kinds).toEqual(['edit', 'edit', 'undo', 'edit', 'redo']);
    expect(w2.kinds).toEqual(w1.kinds);
  });

  it('leaves nothing to undo when only the session changed, and keeps a session edit undoable when asked to', async () => {
    const { service, workspaceId, w1, inStep } = await twoWindows();
    await w1.sessionEdit(current('agenda-setup'));
    await w1.sessionEdit([{ type: 'set', path: ['session', 'items'], value: { 'agenda-setup': { progress: 'in_progress', timer: { startedAt: '2026-11-02T09:00:00.000Z', elapsedMs: 0, extraMinutes: 0 }, notes: '' } } }]);
    await inStep({ canUndo: false, canRedo: false });
    expect((await expectError(service, 'workspace.undo', { workspaceId })).code).toBe('nothing_to_undo');

    // Without the flag (or with undoable: true) a session edit is an ordinary, undoable step.
    const undoable = await service.call('workspace.edit', { workspaceId, baseRevision: w1.revision, clientId: 'window-1', ops: current('agenda-welcome'), undoable: true });
    expect(undoable.canUndo).toBe(true);
    await w1.undo();
    expect((await inStep({ canUndo: false, canRedo: true })).session.currentItemId).toBe('agenda-setup');
  });

  it.each([
    ['the name', [{ type: 'set', path: ['name'], value: 'Not undoable?' }], 'name'],
    ['a step slice', [{ type: 'set', path: ['steps', 'setup', 'location'], value: 'Aarhus' }], 'steps.setup.location'],
    ['a slice named like the session', [{ type: 'set', path: ['steps', 'session'], value: 1 }], 'steps.session'],
    [
      'the session and content together',
      [...current('agenda-setup'), { type: 'set', path: ['steps', 'notes', 'text'], value: 'Sneaked in' }],
      'steps.notes.text',
    ],
  ] as Array<[string, EditOp[], string]>)('refuses undoable: false on %s (must_be_undoable) and changes nothing', async (_label, ops, path) => {
    const { dataDir, service, workspaceId, w1, inStep } = await twoWindows();
    await w1.edit([{ type: 'set', path: ['clientCompany'], value: 'Before' }]);
    const before = await inStep({ canUndo: true, canRedo: false });
    const hash = await fileHash(workspaceFile(dataDir, workspaceId));
    const events = recordEvents(service);

    const error = await expectError(service, 'workspace.edit', { workspaceId, baseRevision: w1.revision, clientId: 'window-1', ops, undoable: false });
    expect(error).toMatchObject({ code: 'invalid_edit', params: { reason: 'must_be_undoable', path } });

    expect(events.events).toEqual([]);
    expect(await inStep({ canUndo: true, canRedo: false })).toEqual(before);
    expect(await fileHash(workspaceFile(dataDir, workspaceId))).toBe(hash);
    // The undo stack is as it was: undo still reverts the last content edit.
    await w1.undo();
    expect((await inStep()).clientCompany).toBe('Nordvind A/S');
  });
});
