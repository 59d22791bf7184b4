import { applyPatches, enablePatches, type Patch } from 'immer';
import { create } from 'zustand';
import { applyEdit } from '../../contract/apply-edit';
import type { EventPayload } from '../../contract/calls';
import type { DocPath, EditOp } from '../../contract/edit';
import type { ServiceError } from '../../contract/errors';
import type { Workspace } from '../../contract/workspace';
import { call, callOnExit, errorOf } from '../api/client';
import { keepEqual } from './keep-equal';

enablePatches();

export type SaveState = EventPayload<'workspace.saveState'>['state'];

/** This window's id in edits: the service never counts a window's own edits against it. */
export const clientId = crypto.randomUUID();

export interface EditOptions {
  coalesceKey?: string;
  undoable?: boolean;
}

/**
 * An edit of this window not yet in the confirmed document. Typing coalesces: while an edit of a
 * field waits to be sent, the next keystroke of that field replaces its value instead of queueing
 * another call, so at most one edit of a field is in flight and one waits, however fast the typing.
 */
interface PendingEdit {
  ops: EditOp[];
  options: EditOptions;
  /** Whether its call has left (a later keystroke then no longer merges into it). */
  sent: boolean;
  /** The revision the service gave it, once it answered; it stays shown until the mirror has it. */
  acceptedAs?: number;
}

/** An edit the service refused: shown where it happened, with what the user typed kept. */
export interface Refusal {
  path: DocPath;
  /** The value the user typed (a `set`'s value), to offer back. */
  value: unknown;
  error: ServiceError;
}

interface DocumentState {
  workspaceId: string | null;
  /** What this window shows: the service's document with this window's unconfirmed edits on top. */
  workspace: Workspace | null;
  /** The service's document as last broadcast, and its revision. */
  confirmed: Workspace | null;
  revision: number;
  pending: PendingEdit[];
  canUndo: boolean;
  canRedo: boolean;
  saveState: SaveState;
  saveError: ServiceError | null;
  /** The last edit, undo or redo that the service refused, to show beside the save state. */
  lastError: ServiceError | null;
  /** Refused `set` edits by path, newest last: a field shows its own, with the typed text. */
  refusals: Refusal[];
  /** Set while the host does not answer: unsent edits are kept and sent again when it does. */
  hostDown: boolean;
  loadError: ServiceError | null;
  open: (workspaceId: string) => Promise<void>;
  close: () => void;
  reload: () => Promise<void>;
  /** Breaks another Samspil's lock on this workspace (the user confirmed) and opens it here. */
  takeOver: () => Promise<void>;
  /**
   * Applies an edit here at once and sends it. `coalesceKey` joins a burst of typing into one
   * undo step; `undoable: false` is for the running of the room (paths under `session`).
   */
  edit: (ops: EditOp[], options?: EditOptions) => Promise<void>;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
  applyChange: (change: EventPayload<'workspace.changed'>) => void;
  applySaveState: (state: EventPayload<'workspace.saveState'>) => void;
  clearError: () => void;
  /** Forgets the refusal at `path` (the user saw it, or typed again). */
  dismissRefusal: (path: DocPath) => void;
  /** Sends what waits for a host that was down, now (also done on a timer and on reconnect). */
  retryNow: () => void;
  /** Sends every edit not yet sent at once, with keepalive: the page is going away. */
  sendUnsentNow: () => void;
}

/** Whether everything this window typed is acknowledged by the service ("Saved" may show). */
export const hasUnacknowledged = (state: Pick<DocumentState, 'pending'>): boolean =>
  state.pending.some((entry) => entry.acceptedAs === undefined);

/**
 * The shown document as a step's views read it. A change of its `updatedAt` alone keeps the
 * object they had: the service stamps every edit it accepts, so the broadcast of each keystroke
 * brings a new stamp (and, thanks to `keepEqual`, nothing else new); no view shows the stamp, and
 * a whole step would render again for it.
 */
let lastForViews: Workspace | null = null;
export function selectForViews(state: Pick<DocumentState, 'workspace'>): Workspace | null {
  const next = state.workspace;
  const previous = lastForViews;
  if (next && previous && next !== previous) {
    const keys = Object.keys(next) as (keyof Workspace)[];
    const onlyStamp = keys.length === Object.keys(previous).length && keys.every((key) => key === 'updatedAt' || next[key] === previous[key]);
    if (onlyStamp) return previous;
  }
  lastForViews = next;
  return next;
}

/** The refusal of an edit at exactly `path`, if any. */
export function refusalAt(state: Pick<DocumentState, 'refusals'>, path: DocPath): Refusal | undefined {
  const key = JSON.stringify(path);
  return state.refusals.find((refusal) => JSON.stringify(refusal.path) === key);
}

/**
 * The edits made while a field commits, when a field asked (`editsDuring`): the field learns the
 * paths it writes without its caller naming them, and finds its refusal by them.
 */
let recording: EditOp[] | null = null;

/**
 * Runs `commit` and returns the ops of the edits it made, synchronously.
 *
 * @example
 * editsDuring(() => onCommit('Nordvind')) // [{ type: 'set', path: ['name'], value: 'Nordvind' }]
 */
export function editsDuring(commit: () => void): EditOp[] {
  const outer = recording;
  const mine: EditOp[] = [];
  recording = mine;
  try {
    commit();
  } finally {
    recording = outer;
  }
  outer?.push(...mine);
  return mine;
}

const samePaths = (a: readonly EditOp[], b: readonly EditOp[]) =>
  a.length === b.length && a.every((op, i) => JSON.stringify(op.path) === JSON.stringify(b[i]!.path));

/** Waits before sending again to a host that did not answer: 1 s, 2 s, 4 s, then every 5 s. */
const RETRY_MS = [1000, 2000, 4000, 5000];
let wakeRetry: (() => void) | null = null;
function hostBack(attempt: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, RETRY_MS[Math.min(attempt, RETRY_MS.length - 1)]);
    function done() {
      clearTimeout(timer);
      if (wakeRetry === done) wakeRetry = null;
      resolve();
    }
    wakeRetry = done;
  });
}

/**
 * Edits leave one at a time, in order, so the service sees them as this window made them. When
 * none is in flight, one leaves at once, inside the caller's task: the request is on its way
 * before React renders what the edit changed (re-rendering a whole step after a click can take
 * longer than the request itself, and the projector waits for the request).
 */
let queue: Promise<unknown> = Promise.resolve();
let inFlight = 0;
function inOrder<T>(task: () => Promise<T>): Promise<T> {
  inFlight += 1;
  const next = inFlight === 1 ? task() : queue.then(task, task);
  queue = next.catch(() => undefined).finally(() => (inFlight -= 1));
  return next;
}

/**
 * Resolves after the next frame is painted (a task after its animation frame), or after 100 ms
 * where no frame comes (a hidden page paints none).
 */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}

/**
 * The shown document: the confirmed one with the pending edits replayed on top. Edits address
 * array items by id, so replaying one the service has already applied changes nothing (a second
 * insert of the same id or removal of a removed item is skipped).
 */
function withPending(confirmed: Workspace | null, pending: readonly PendingEdit[]): Workspace | null {
  if (!confirmed) return null;
  let shown = confirmed;
  for (const entry of pending) {
    try {
      shown = applyEdit(shown, entry.ops).workspace;
    } catch {
      // It no longer fits (someone removed its target): the service will refuse it too.
    }
  }
  return shown;
}

/**
 * The open workspace, mirrored from the service. The window's own edits show at once (a checkbox
 * ticks when clicked, not a round trip later); changes arrive as patches on `workspace.changed`,
 * and a gap in revisions (a missed event) makes the mirror fetch the document again.
 */
export const useDocumentStore = create<DocumentState>((set, get) => {
  /**
   * What was last shown, and from what: an answer that changes neither the confirmed document nor
   * the edits still open keeps the same objects, so a keystroke's acknowledgement renders nothing
   * (every screen below the store compares by identity).
   */
  let lastShown: { confirmed: Workspace | null; ops: readonly PendingEdit['ops'][]; pending: PendingEdit[]; workspace: Workspace | null } | null = null;
  /** The confirmed document with the open edits on it: the same objects as last time when neither changed. */
  const shown = (confirmed: Workspace | null, open: PendingEdit[]) => {
    const ops = open.map((entry) => entry.ops);
    if (lastShown && lastShown.confirmed === confirmed && lastShown.ops.length === ops.length && lastShown.ops.every((known, i) => known === ops[i])) {
      return { pending: lastShown.pending, workspace: lastShown.workspace };
    }
    // Parts equal to what is shown keep their objects: the broadcast of an edit already shown
    // rebuilds it from patches, and the screens would render it a second time for nothing.
    lastShown = { confirmed, ops, pending: open, workspace: keepEqual(lastShown?.workspace ?? null, withPending(confirmed, open)) };
    return { pending: open, workspace: lastShown.workspace };
  };
  /** Drops what the confirmed document already holds, and recomputes what is shown. */
  const showWith = (confirmed: Workspace | null, revision: number, pending: readonly PendingEdit[]) =>
    shown(
      confirmed,
      pending.filter((entry) => entry.acceptedAs === undefined || entry.acceptedAs > revision),
    );
  const answered = (entry: PendingEdit, acceptedAs: number | null, error?: ServiceError) => {
    // Refused: gone from the document, but what was typed is kept beside the field. Accepted:
    // shown until the broadcast of that revision reaches the mirror.
    const pending = acceptedAs === null ? get().pending.filter((candidate) => candidate !== entry) : get().pending;
    if (acceptedAs !== null) entry.acceptedAs = acceptedAs;
    const paths = entry.ops.map((op) => JSON.stringify(op.path));
    let refusals = get().refusals.filter((refusal) => !paths.includes(JSON.stringify(refusal.path)));
    if (error) {
      const typed = entry.ops.filter((op) => op.type === 'set').map((op) => ({ path: op.path, value: op.value, error }));
      refusals = [...refusals, ...typed];
    }
    set({ ...showWith(get().confirmed, get().revision, pending), refusals });
  };

  /** Sends one pending edit, in order; while the host is down it keeps it and tries again. */
  const send = async (entry: PendingEdit): Promise<void> => {
    const workspaceId = get().workspaceId;
    if (!workspaceId) return;
    for (let attempt = 0; ; attempt += 1) {
      if (get().workspaceId !== workspaceId || !get().pending.includes(entry)) return;
      if (entry.sent && entry.acceptedAs !== undefined) return; // sent as the page went away
      entry.sent = true;
      try {
        const result = await call('workspace.edit', {
          workspaceId,
          baseRevision: get().revision,
          clientId,
          ops: entry.ops,
          ...(entry.options.coalesceKey !== undefined ? { coalesceKey: entry.options.coalesceKey } : {}),
          ...(entry.options.undoable === false ? { undoable: false } : {}),
        });
        answered(entry, result.revision);
        set({ lastError: null, hostDown: false });
        return;
      } catch (thrown) {
        const error = errorOf(thrown);
        if (error.code === 'host_unreachable') {
          // Nothing is thrown away: the edit stays shown and pending, later keystrokes merge into
          // it, and it leaves again when the host answers.
          entry.sent = false;
          set({ hostDown: true });
          await hostBack(attempt);
          continue;
        }
        answered(entry, null, error);
        set({ lastError: error, ...takenOverState(error) });
        // Refused as based on an old revision: this mirror missed a change (a broadcast lost on
        // the way, or not yet here). Fetch the document, so the field shows what the other window
        // wrote and the text put back is sent on a revision the service knows.
        if (error.code === 'stale_revision') void get().reload();
        throw thrown;
      }
    }
  };

  return {
    workspaceId: null,
    workspace: null,
    confirmed: null,
    revision: 0,
    pending: [],
    canUndo: false,
    canRedo: false,
    saveState: 'saved',
    saveError: null,
    lastError: null,
    refusals: [],
    hostDown: false,
    loadError: null,

    open: async (workspaceId) => {
      set({ workspaceId, workspace: null, confirmed: null, pending: [], refusals: [], loadError: null, lastError: null, saveError: null, saveState: 'saved' });
      await get().reload();
    },

    close: () => set({ workspaceId: null, workspace: null, confirmed: null, pending: [], refusals: [], loadError: null }),

    reload: async () => {
      const workspaceId = get().workspaceId;
      if (!workspaceId) return;
      try {
        const opened = await call('workspace.open', { workspaceId });
        if (get().workspaceId !== workspaceId) return;
        set({
          confirmed: opened.workspace,
          ...showWith(opened.workspace, opened.revision, get().pending),
          revision: opened.revision,
          canUndo: opened.canUndo,
          canRedo: opened.canRedo,
        });
      } catch (thrown) {
        set({ loadError: errorOf(thrown) });
      }
    },

    takeOver: async () => {
      const workspaceId = get().workspaceId;
      if (!workspaceId) return;
      try {
        await call('workspace.takeOver', { workspaceId });
      } catch (thrown) {
        set({ loadError: errorOf(thrown) });
        return;
      }
      if (get().workspaceId !== workspaceId) return;
      // Taken back (or over): this window's saves land again.
      set({ loadError: null, saveState: 'saved', saveError: null });
      await get().reload();
    },

    edit: (ops, options = {}) => {
      recording?.push(...ops);
      const typing = options.coalesceKey !== undefined && ops.length > 0 && ops.every((op) => op.type === 'set');
      const waiting = typing
        ? get().pending.find((entry) => !entry.sent && entry.options.coalesceKey === options.coalesceKey && samePaths(entry.ops, ops))
        : undefined;
      if (waiting) {
        // The field's edit has not left yet: this keystroke's value replaces the one it carries.
        waiting.ops = ops;
        set(shown(get().confirmed, [...get().pending]));
        return done.get(waiting)!;
      }
      const entry: PendingEdit = { ops, options, sent: false };
      set(shown(get().confirmed, [...get().pending, entry]));
      // A keystroke leaves after the frame that shows it: the letter appears first, and keys
      // typed meanwhile merge into it. Other edits (a click, the next step) leave at once.
      // (Where nothing paints, as in tests under Node, a keystroke leaves at once too.)
      const paints = typeof requestAnimationFrame === 'function';
      const sent = inOrder(typing && paints ? () => afterPaint().then(() => send(entry)) : () => send(entry));
      done.set(entry, sent);
      return sent;
    },

    undo: () => inOrder(() => runHistory('workspace.undo')),
    redo: () => inOrder(() => runHistory('workspace.redo')),

    applyChange: (change) => {
      const state = get();
      if (change.workspaceId !== state.workspaceId || !state.confirmed) return;
      if (change.revision <= state.revision) return;
      if (change.revision !== state.revision + 1) {
        void state.reload();
        return;
      }
      const confirmed = applyPatches(state.confirmed, change.patches as Patch[]);
      set({
        confirmed,
        ...showWith(confirmed, change.revision, state.pending),
        revision: change.revision,
        canUndo: change.canUndo,
        canRedo: change.canRedo,
      });
    },

    applySaveState: (event) => {
      if (event.workspaceId !== get().workspaceId) return;
      set({ saveState: event.state, saveError: event.error ?? null });
    },

    clearError: () => set({ lastError: null }),

    dismissRefusal: (path) => {
      const key = JSON.stringify(path);
      set({ refusals: get().refusals.filter((refusal) => JSON.stringify(refusal.path) !== key) });
    },

    retryNow: () => wakeRetry?.(),

    sendUnsentNow: () => {
      const { workspaceId, pending } = get();
      if (!workspaceId) return;
      // Everything not acknowledged leaves now: the unsent, and the one in flight too (a page
      // going away may cancel its request). Newest first, and an edit whose every path a newer
      // one sets is skipped: keepalive requests may arrive in any order, and an older value of a
      // field must never land after the newer one.
      const covered = new Set<string>();
      for (const entry of [...pending].reverse()) {
        if (entry.acceptedAs !== undefined) continue;
        const paths = entry.ops.map((op) => JSON.stringify(op.path));
        const superseded = entry.ops.every((op) => op.type === 'set') && paths.every((path) => covered.has(path));
        if (entry.ops.every((op) => op.type === 'set')) for (const path of paths) covered.add(path);
        if (!superseded) {
          callOnExit('workspace.edit', {
            workspaceId,
            baseRevision: get().revision,
            clientId,
            ops: entry.ops,
            ...(entry.options.coalesceKey !== undefined ? { coalesceKey: entry.options.coalesceKey } : {}),
            ...(entry.options.undoable === false ? { undoable: false } : {}),
          });
        }
        // Sent for good: the queue must not send it a second time if the page stays after all.
        entry.sent = true;
        entry.acceptedAs = Number.MAX_SAFE_INTEGER;
      }
    },
  };
});

/** Each pending edit's promise, for the keystrokes merged into it. */
const done = new WeakMap<PendingEdit, Promise<void>>();

// The page is going away (a reload, a closed tab or window): what was typed and not yet sent
// leaves now, with keepalive, instead of being lost with the page.
if (typeof window !== 'undefined') {
  window.addEventListener('pagehide', () => useDocumentStore.getState().sendUnsentNow());
}

async function runHistory(name: 'workspace.undo' | 'workspace.redo'): Promise<void> {
  const { workspaceId } = useDocumentStore.getState();
  if (!workspaceId) return;
  try {
    await call(name, { workspaceId, clientId });
    useDocumentStore.setState({ lastError: null });
  } catch (thrown) {
    const error = errorOf(thrown);
    // Nothing to undo is not an error worth a message: the buttons are disabled then anyway.
    if (error.code !== 'nothing_to_undo' && error.code !== 'nothing_to_redo') useDocumentStore.setState({ lastError: error, ...takenOverState(error) });
  }
}

/**
 * A refusal because another Samspil took the workspace over puts the window in that state, even
 * when it missed the service's event (it opened after the take-over was noticed).
 */
function takenOverState(error: ServiceError): Partial<DocumentState> {
  return error.code === 'workspace_taken_over' ? { saveState: 'taken_over', saveError: error } : {};
}
