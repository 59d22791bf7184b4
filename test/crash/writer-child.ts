/**
 * The process the crash test kills. It opens the workspace service on the data folder it is given,
 * opens the workspace (taking over the lock a killed predecessor left), then edits in a loop until
 * it is killed: edit N sets the name to `edit N` and inserts card `c-N` into `steps.wall.cards`,
 * both in one edit. It prints `ack N` only once edit N's call has resolved, which the service
 * promises means it is on disk. A few edits are kept in flight so saves coalesce, as in the app.
 *
 * Protocol on stdout, one line each:
 *   ready <pid> <first N> <revision>   the workspace is open; editing starts now
 *   ack <N>                            edit N is acknowledged
 * Anything going wrong is printed on stderr and the process exits with status 1.
 *
 * Usage: node --import tsx writer-child.ts <dataDir> <workspaceId> [inFlight=3] [maxSeconds=60]
 */
import { createWorkspaceService } from '../../electron/service/workspace-service';

function fail(message: string, error?: unknown): never {
  const detail = error instanceof Error ? (error.stack ?? error.message) : error === undefined ? '' : JSON.stringify(error);
  process.stderr.write(`writer-child: ${message}${detail ? `: ${detail}` : ''}\n`);
  process.exit(1);
}

/** The parent going away (its end of stdin closing) ends us too: never an orphan writing forever. */
process.stdin.on('close', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
process.stdout.on('error', () => process.exit(0));

function cardOf(n: number): { id: string; text: string } {
  return { id: `c-${n}`, text: `Kort ${n} æøå` };
}

async function main(): Promise<void> {
  const [dataDir, workspaceId, inFlightArg = '3', maxSecondsArg = '60'] = process.argv.slice(2);
  if (!dataDir || !workspaceId) fail('usage: writer-child.ts <dataDir> <workspaceId> [inFlight] [maxSeconds]');
  const inFlight = Math.max(1, Number(inFlightArg));
  const deadline = Date.now() + Number(maxSecondsArg) * 1000;

  const service = await createWorkspaceService({ dataDir, watchIntervalMs: 0 });
  const opened = await service.call('workspace.open', { workspaceId });
  const match = /^edit (\d+)$/.exec(opened.workspace.name);
  let next = match ? Number(match[1]) + 1 : 0;
  // We are the only writer, and the service applies edits in call order, so the revision each
  // edit lands on is known in advance: every edit is based on the exact revision before it.
  let revision = opened.revision;
  process.stdout.write(`ready ${process.pid} ${next} ${revision}\n`);

  const pending = new Set<Promise<void>>();
  while (Date.now() < deadline) {
    while (pending.size >= inFlight) await Promise.race(pending);
    const n = next;
    const base = revision;
    next += 1;
    revision += 1;
    const call = service
      .call('workspace.edit', {
        workspaceId,
        baseRevision: base,
        clientId: `writer-${process.pid}`,
        ops: [
          { type: 'set', path: ['name'], value: `edit ${n}` },
          { type: 'insert', path: ['steps', 'wall', 'cards'], value: cardOf(n) },
        ],
      })
      .then(
        (result) => {
          if (result.revision !== base + 1) fail(`edit ${n} landed on revision ${result.revision}, expected ${base + 1}`);
          process.stdout.write(`ack ${n}\n`);
        },
        (error: unknown) => fail(`edit ${n} was refused`, (error as { error?: unknown }).error ?? error),
      )
      .finally(() => pending.delete(call));
    pending.add(call);
  }
  await Promise.all(pending);
  await service.close();
  process.stdout.write('done\n');
  process.exit(0);
}

main().catch((error: unknown) => fail('crashed', error));
