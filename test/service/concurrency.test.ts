/**
 * Two clients editing one workspace at once through one service, as two windows do: each keeps a
 * mirror of the document that follows the service's `workspace.changed` patches, and sends its
 * edits based on its mirror's revision without waiting for the other client. Edits that collide
 * with a change the mirror has not seen yet are refused (`stale_revision`) and retried once the
 * mirror has caught up. Nothing may be lost, and everyone must end up with the same document.
 * Then: two service instances on one data folder cannot both write a workspace.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyPatches, type Patch } from 'immer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditOp } from '../../src/contract/edit';
import type { EventPayload, OpenWorkspace } from '../../src/contract/calls';
import { ServiceFailure } from '../../src/contract/errors';
import type { Workspace } from '../../src/contract/workspace';
import { createWorkspaceService, type WorkspaceService } from '../../electron/service/workspace-service';
import { seededRandom } from '../support/seeded-random';

const EDITS_PER_CLIENT = 1000;
const IN_FLIGHT = 4;
const CARDS: string[] = ['steps', 'wall', 'cards'];

type Card = {
  id: string;
  text: string;
};

/** What crosses a process boundary is a copy: mirrors never share objects with the service. */
const transported = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;


/**
 * A window's copy of the document. Changes arrive as patches for `revision - 1`; one that arrives
 * ahead of its predecessor waits for it (none should, but the mirror must not corrupt itself).
 */
class Mirror {
  workspace: Workspace;
  revision: number;
  outOfOrder = 0;
  private readonly early = new Map<number, EventPayload<'workspace.changed'>>();
  private waiters: { revision: number; resolve: () => void }[] = [];

  constructor(opened: OpenWorkspace) {
    const copy = transported(opened);
    this.workspace = copy.workspace;
    this.revision = copy.revision;
  }

  receive(payload: EventPayload<'workspace.changed'>): void {
    if (payload.revision <= this.revision) return;
    if (payload.revision > this.revision + 1) {
      this.outOfOrder += 1;
      this.early.set(payload.revision, payload);
      return;
    }
    let next: EventPayload<'workspace.changed'> | undefined = payload;
    while (next) {
      this.workspace = applyPatches(this.workspace, next.patches as Patch[]);
      this.revision = next.revision;
      this.early.delete(next.revision);
      next = this.early.get(this.revision + 1);
    }
    const due = this.waiters.filter((w) => w.revision <= this.revision);
    this.waiters = this.waiters.filter((w) => w.revision > this.revision);
    for (const waiter of due) waiter.resolve();
  }

  /** Resolves once the mirror has seen `revision`. */
  reached(revision: number): Promise<void> {
    if (this.revision >= revision) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ revision, resolve }));
  }

  get pending(): number {
    return this.early.size;
  }
}

interface ClientReport {
  retries: number;
  /** Per own card: the text of the edit that landed last (highest revision), as expected at the end. */
  expected: Map<string, { text: string; revision: number }>;
  /** The shared field's value from this client's edit that landed last. */
  shared: { text: string; revision: number } | null;
}

/** A field both clients write now and then: where their edits really collide. */
const SHARED: string[] = ['steps', 'wall', 'facilitatorNote'];

/**
 * One client: `EDITS_PER_CLIENT` edits, each inserting a new card of its own and, every so often,
 * also rewriting the text of one of its recent cards and/or the field both clients write. At most
 * `IN_FLIGHT` edits are under way at once.
 */
async function runClient(
  service: WorkspaceService,
  workspaceId: string,
  clientId: string,
  mirror: Mirror,
  random: () => number,
): Promise<ClientReport> {
  const report: ClientReport = { retries: 0, expected: new Map(), shared: null };
  const mine: string[] = [];
  const land = (id: string, text: string, revision: number) => {
    const known = report.expected.get(id);
    if (!known || known.revision < revision) report.expected.set(id, { text, revision });
  };

  const send = async (i: number): Promise<void> => {
    const card: Card = { id: `${clientId}-${i}`, text: `${clientId} kort ${i}: blåbærgrød` };
    const ops: EditOp[] = [{ type: 'insert', path: CARDS, value: card }];
    let rewrite: Card | null = null;
    if (mine.length > 0 && random() < 0.35) {
      // One of the last few cards: another edit of ours in flight may be rewriting it too.
      const pick = mine[Math.max(0, mine.length - 1 - Math.floor(random() * Math.min(mine.length, 4)))]!;
      rewrite = { id: pick, text: `${clientId} rettet i edit ${i}: ændret på øen` };
      ops.push({ type: 'set', path: [...CARDS, { id: pick }, 'text'], value: rewrite.text });
    }
    // Now and then both write the same field: an edit based on a revision from before the other
    // client's write of it is refused, and retried once the mirror has seen that write.
    const note = random() < 0.15 ? `${clientId} skrev note ${i}: fælles forståelse` : null;
    if (note) ops.push({ type: 'set', path: SHARED, value: note });
    for (let attempt = 0; ; attempt += 1) {
      if (attempt > 50) throw new Error(`${clientId} edit ${i}: still refused after 50 retries`);
      try {
        const result = await service.call('workspace.edit', { workspaceId, baseRevision: mirror.revision, clientId, ops });
        land(card.id, card.text, result.revision);
        if (rewrite) land(rewrite.id, rewrite.text, result.revision);
        if (note && (!report.shared || report.shared.revision < result.revision)) report.shared = { text: note, revision: result.revision };
        // Only a card that exists may be rewritten: an insert refused (with the rewrite beside it)
        // is not there until its retry lands.
        mine.push(card.id);
        return;
      } catch (error) {
        if (!(error instanceof ServiceFailure) || error.error.code !== 'stale_revision') throw error;
        report.retries += 1;
        // Retry once the mirror has seen everything the service had when it refused.
        await mirror.reached(Number(error.error.params['revision']));
      }
    }
  };

  const inFlight = new Set<Promise<void>>();
  for (let i = 0; i < EDITS_PER_CLIENT; i += 1) {
    while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
    const edit = send(i).finally(() => inFlight.delete(edit));
    inFlight.add(edit);
    // Now and then yield a little longer, so the two clients interleave unevenly.
    if (random() < 0.1) await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await Promise.all(inFlight);
  return report;
}

describe('concurrent clients', () => {
  let dataDir: string;
  const services: WorkspaceService[] = [];

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'samspil-concurrency-'));
  });

  afterEach(async () => {
    for (const service of services.splice(0)) await service.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function newService(): Promise<WorkspaceService> {
    const service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
    services.push(service);
    return service;
  }

  it(
    `two clients × ${EDITS_PER_CLIENT} interleaved edits: nothing lost, mirrors and file equal the document`,
    async () => {
      const service = await newService();
      const { workspaceId } = await service.call('workspace.create', { name: 'Samtidig', clientCompany: 'Fjord ApS', language: 'da' });
      const start = await service.call('workspace.open', { workspaceId });
      await service.call('workspace.edit', {
        workspaceId,
        baseRevision: start.revision,
        clientId: 'setup',
        ops: [{ type: 'set', path: ['steps', 'wall'], value: { cards: [], facilitatorNote: '' } }],
      });

      const mirrors = {
        a: new Mirror(await service.call('workspace.open', { workspaceId })),
        b: new Mirror(await service.call('workspace.open', { workspaceId })),
      };
      const unsubscribe = (Object.keys(mirrors) as ('a' | 'b')[]).map((key) =>
        service.subscribe((event) => {
          if (event.name === 'workspace.changed' && event.payload.workspaceId === workspaceId) {
            mirrors[key].receive(transported(event.payload));
          }
        }),
      );

      const seed = Number(process.env['CONCURRENCY_SEED'] ?? Date.now() % 1_000_000);
      const [a, b] = await Promise.all([
        runClient(service, workspaceId, 'a', mirrors.a, seededRandom(seed)),
        runClient(service, workspaceId, 'b', mirrors.b, seededRandom(seed + 1)),
      ]);
      unsubscribe.forEach((stop) => stop());

      const final = await service.call('workspace.open', { workspaceId });
      const cards = (final.workspace.steps['wall'] as { cards: Card[] }).cards;
      const switches = cards.filter((card, i) => i > 0 && card.id[0] !== cards[i - 1]!.id[0]).length;
      console.log(
        `concurrency (seed ${seed}): final revision ${final.revision}; retries a ${a.retries}, b ${b.retries}; ` +
          `a↔b switches in card order ${switches}; events out of order a ${mirrors.a.outOfOrder}, b ${mirrors.b.outOfOrder}`,
      );
      // The two really ran interleaved, and their collisions really were refused and retried.
      expect(switches).toBeGreaterThan(20);
      expect(a.retries + b.retries).toBeGreaterThan(0);

      // No edit lost: every card of both clients, each with the text of the last edit that landed.
      expect(cards).toHaveLength(2 * EDITS_PER_CLIENT);
      const byId = new Map(cards.map((card) => [card.id, card]));
      expect(byId.size).toBe(2 * EDITS_PER_CLIENT);
      for (const report of [a, b]) {
        expect(report.expected.size).toBe(EDITS_PER_CLIENT);
        for (const [id, { text }] of report.expected) expect(byId.get(id)?.text, id).toBe(text);
      }
      // The shared field holds the write that landed last, whichever client's it was.
      const lastNote = [a.shared, b.shared].filter((x) => x !== null).sort((x, y) => y.revision - x.revision)[0];
      expect((final.workspace.steps['wall'] as { facilitatorNote: string }).facilitatorNote).toBe(lastNote?.text ?? '');
      // 2,000 edits plus the setup edit, each one revision.
      expect(final.revision).toBe(start.revision + 1 + 2 * EDITS_PER_CLIENT);

      // Both mirrors followed every change.
      for (const mirror of [mirrors.a, mirrors.b]) {
        expect(mirror.pending).toBe(0);
        expect(mirror.revision).toBe(final.revision);
        expect(mirror.workspace).toEqual(transported(final.workspace));
      }
      // And the file on disk is the document.
      const onDisk = JSON.parse(await readFile(join(dataDir, 'workspaces', `${workspaceId}.json`), 'utf8')) as unknown;
      expect(onDisk).toEqual(transported(final.workspace));
    },
    60_000,
  );

  it('a second service instance on the same folder cannot write a workspace the first holds', async () => {
    const first = await newService();
    const { workspaceId } = await first.call('workspace.create', { name: 'Låst', clientCompany: '', language: 'da' });
    const opened = await first.call('workspace.open', { workspaceId });

    const second = await newService();
    const edit = { workspaceId, baseRevision: opened.revision, clientId: 'other', ops: [{ type: 'set', path: ['name'], value: 'Overtaget' }] };
    const refused = await second.dispatch('workspace.open', { workspaceId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'workspace_locked', params: { workspaceId, pid: process.pid } } });
    expect(await second.dispatch('workspace.edit', edit)).toMatchObject({ ok: false, error: { code: 'workspace_locked' } });
    expect(await second.dispatch('workspace.rename', { workspaceId, name: 'Overtaget' })).toMatchObject({
      ok: false,
      error: { code: 'workspace_locked' },
    });

    // The holder still writes; the file has its edit, not the other's.
    await first.call('workspace.edit', { ...edit, clientId: 'holder', ops: [{ type: 'set', path: ['name'], value: 'Min' }] });
    const text = await readFile(join(dataDir, 'workspaces', `${workspaceId}.json`), 'utf8');
    expect((JSON.parse(text) as Workspace).name).toBe('Min');

    // Once the first lets go, the second may open it.
    await first.close();
    expect((await second.call('workspace.open', { workspaceId })).workspace.name).toBe('Min');
  });
});
