import { z } from 'zod';
import { consultantSchema, DEFAULT_CONSULTANT } from './consultant';
import { docPathSchema, editOpSchema, patchSchema } from './edit';
import { serviceErrorSchema } from './errors';
import { cardsModeSchema, paperSchema } from './print-options';
import {
  clientCompanySchema,
  currencySchema,
  languageSchema,
  workspaceIdSchema,
  workspaceNameSchema,
  workspaceSchema,
} from './workspace';

/**
 * Every call between a window (or browser page) and the workspace service, declared once.
 * Both transports, the preload bridge and the HTTP host, are typed from this map and the service
 * validates each input against it before it touches anything. Adding a call is one entry here and
 * one handler in the service (the handler map is typed `satisfies` this list).
 */

const id = workspaceIdSchema;
const isoDateTime = z.iso.datetime({ offset: true });

/** Why a file in the workspace folder cannot be opened. */
export const damageReasonSchema = z.enum([
  'empty',
  'bom',
  'truncated',
  'not_json',
  'not_an_object',
  'invalid_shape',
  'migration_failed',
  'unreadable',
  /** Not an ordinary file: a folder, a pipe (FIFO), a device or a link to one. */
  'not_a_file',
  /** Larger than a workspace may be (MAX_WORKSPACE_BYTES). */
  'too_large',
  /** Nested deeper than a workspace may be (src/contract/depth.ts). */
  'too_deep',
  /** A field named `__proto__`, which could not be kept on the next save (src/contract/depth.ts). */
  'reserved_key',
]);
export type DamageReason = z.infer<typeof damageReasonSchema>;

export const workspaceSummarySchema = z.object({
  status: z.literal('ok'),
  workspaceId: id,
  name: z.string(),
  clientCompany: z.string(),
  language: languageSchema,
  currency: z.string(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
  fileName: z.string(),
  sizeBytes: z.number().int().nonnegative(),
});

export const damagedWorkspaceSchema = z.object({
  status: z.literal('damaged'),
  workspaceId: id,
  fileName: z.string(),
  reason: damageReasonSchema,
  /** A short technical detail (parser position, first invalid field): shown under the reason. */
  detail: z.string(),
  modifiedAt: isoDateTime,
  sizeBytes: z.number().int().nonnegative(),
  backupCount: z.number().int().nonnegative(),
});

export const tooNewWorkspaceSchema = z.object({
  status: z.literal('too_new'),
  /** When one step's slice is newer than this build reads (the file's own format is not). */
  step: z.object({ stepId: z.string(), version: z.number().int(), supported: z.number().int() }).optional(),
  workspaceId: id,
  fileName: z.string(),
  name: z.string(),
  schemaVersion: z.number().int(),
  supportedVersion: z.number().int(),
  modifiedAt: isoDateTime,
  sizeBytes: z.number().int().nonnegative(),
});

export const workspaceListEntrySchema = z.discriminatedUnion('status', [
  workspaceSummarySchema,
  damagedWorkspaceSchema,
  tooNewWorkspaceSchema,
]);
export type WorkspaceListEntry = z.infer<typeof workspaceListEntrySchema>;
export type WorkspaceSummary = z.infer<typeof workspaceSummarySchema>;

export const trashItemSchema = z.object({
  trashId: z.string().regex(/^[A-Za-z0-9_-]{1,200}$/),
  workspaceId: id,
  name: z.string(),
  clientCompany: z.string(),
  deletedAt: isoDateTime,
  damaged: z.boolean(),
});
export type TrashItem = z.infer<typeof trashItemSchema>;

export const backupSchema = z.object({
  backupId: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,199}$/),
  createdAt: isoDateTime,
  reason: z.enum(['periodic', 'before_restore', 'before_migration', 'before_reload']),
  sizeBytes: z.number().int().nonnegative(),
});
export type Backup = z.infer<typeof backupSchema>;

/** What a window holds of an open workspace, and the undo state to show. */
export const openWorkspaceSchema = z.object({
  workspace: workspaceSchema,
  revision: z.number().int().nonnegative(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});
export type OpenWorkspace = z.infer<typeof openWorkspaceSchema>;

export const revisionResultSchema = z.object({
  revision: z.number().int().nonnegative(),
  canUndo: z.boolean(),
  canRedo: z.boolean(),
});

const nothing = z.object({}).strict();

/** App settings kept in the data folder (settings.json), shared by every window. */
export const settingsSchema = z.object({
  /** null until the first start has picked one from the OS. */
  uiLanguage: languageSchema.nullable(),
  /** Whether the sample workshop was put in place once (it is not brought back after deletion). */
  sampleInstalled: z.boolean(),
  /** The consultant's brand (firm, logo, accent), copied into every new workspace's playbook. */
  consultant: consultantSchema.default(DEFAULT_CONSULTANT),
});
export type Settings = z.infer<typeof settingsSchema>;

/** A call: its input and output schema. */
export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
}
const call = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O): CallSpec<I, O> => ({
  input,
  output,
});

export const calls = {
  /** All workspace files, most recently edited first, damaged and too-new ones included. */
  'workspace.list': call(nothing, z.object({ workspaces: z.array(workspaceListEntrySchema) })),
  'workspace.create': call(
    z
      .object({
        name: workspaceNameSchema,
        clientCompany: clientCompanySchema,
        language: languageSchema,
        currency: currencySchema.default('DKK'),
      })
      .strict(),
    workspaceSummarySchema,
  ),
  /** Opens (or joins) a workspace: the document, its revision and undo state. */
  'workspace.open': call(z.object({ workspaceId: id }).strict(), openWorkspaceSchema),
  /**
   * Opens a workspace that another Samspil holds and that cannot be told stale (its process runs):
   * breaks that lock and opens it here. Only on the user's word, told that the other window's
   * unsaved edits may be lost.
   */
  'workspace.takeOver': call(z.object({ workspaceId: id }).strict(), openWorkspaceSchema),
  'workspace.rename': call(
    z.object({ workspaceId: id, name: workspaceNameSchema }).strict(),
    workspaceSummarySchema,
  ),
  'workspace.duplicate': call(
    z.object({ workspaceId: id, name: workspaceNameSchema.optional() }).strict(),
    workspaceSummarySchema,
  ),
  /** Moves the file to the trash folder, damaged or not; nothing is erased. */
  'workspace.delete': call(z.object({ workspaceId: id }).strict(), trashItemSchema),
  'workspace.trash': call(nothing, z.object({ items: z.array(trashItemSchema) })),
  'workspace.restore': call(
    z.object({ trashId: trashItemSchema.shape.trashId }).strict(),
    workspaceListEntrySchema,
  ),
  /** Imports a workspace file's text; it gets a new id so it never replaces an existing one. */
  'workspace.import': call(
    z.object({ fileName: z.string().max(500), content: z.string().max(64 * 1024 * 1024) }).strict(),
    workspaceSummarySchema,
  ),
  'workspace.export': call(
    z.object({ workspaceId: id }).strict(),
    z.object({ fileName: z.string(), content: z.string() }),
  ),
  /**
   * Applies edit operations based on `baseRevision`. Operations based on an older revision are
   * rebased when no change since then touched the same paths, and refused (`stale_revision`) when
   * one did. `coalesceKey` joins consecutive edits of one field (typing) into one undo step.
   */
  'workspace.edit': call(
    z
      .object({
        workspaceId: id,
        baseRevision: z.number().int().nonnegative(),
        clientId: z.string().min(1).max(100),
        ops: z.array(editOpSchema).min(1).max(500),
        coalesceKey: z.string().max(300).optional(),
        /**
         * false for the running of the room (current step, timers, blanking: paths under
         * `session`), which undo should not rewind; content is always undoable.
         */
        undoable: z.boolean().optional(),
      })
      .strict(),
    revisionResultSchema,
  ),
  'workspace.undo': call(z.object({ workspaceId: id, clientId: z.string().max(100).optional() }).strict(), revisionResultSchema),
  'workspace.redo': call(z.object({ workspaceId: id, clientId: z.string().max(100).optional() }).strict(), revisionResultSchema),
  'workspace.backups': call(z.object({ workspaceId: id }).strict(), z.object({ backups: z.array(backupSchema) })),
  /** Restores a backup over the workspace, after backing up its current state; damaged files too. */
  'workspace.restoreBackup': call(
    z.object({ workspaceId: id, backupId: backupSchema.shape.backupId }).strict(),
    workspaceSummarySchema,
  ),
  /**
   * After the file changed on disk under an open workspace: `reload` takes the disk version;
   * `keep_mine_as_copy` saves the open version as a new workspace, then reloads the disk version.
   */
  'workspace.resolveExternalChange': call(
    z
      .object({
        workspaceId: id,
        choice: z.enum(['reload', 'keep_mine_as_copy']),
        /** The copy's name, translated by the UI; the original name when absent. */
        copyName: workspaceNameSchema.optional(),
      })
      .strict(),
    z.object({ revision: z.number().int().nonnegative(), copy: workspaceSummarySchema.optional() }),
  ),
  'settings.get': call(nothing, settingsSchema),
  'settings.update': call(z.object({ uiLanguage: languageSchema }).strict(), settingsSchema),
  /**
   * The consultant's brand: a logo is checked (a PNG's signature and size; an SVG rebuilt from an
   * allow-list, src/contract/logo.ts) and kept as checked; refused with `invalid_input` (params:
   * field 'logo', reason) when it is not what it says.
   */
  'settings.consultant': call(consultantSchema.strict(), settingsSchema),
  /**
   * On first start: puts the sample workshop (Nordvind Ventilation A/S) in the given language in
   * place, once. Later calls change nothing and answer `installed: false`.
   */
  'workspace.installSample': call(
    z.object({ language: languageSchema }).strict(),
    z.object({ installed: z.boolean(), workspace: workspaceSummarySchema.optional() }),
  ),
} satisfies Record<string, CallSpec>;

/**
 * Calls that the host (Electron's main process or the browser host) answers itself, because they
 * need the desktop: revealing a file, a native save dialog. The browser host answers what it can
 * and says so in `host.info`, and the renderer offers only what the host can do.
 */
export const hostCalls = {
  'host.info': call(
    nothing,
    z.object({
      kind: z.enum(['desktop', 'browser']),
      dataDir: z.string(),
      capabilities: z.object({ revealFile: z.boolean(), saveDialog: z.boolean(), presenterWindow: z.boolean() }),
    }),
  ),
  /** Shows a workspace file (damaged ones included) in the system's file manager. */
  'host.revealFile': call(z.object({ workspaceId: id }).strict(), nothing),
  /**
   * Opens the presenter view of a workspace in its own window: fullscreen on an external display
   * when one is connected. The browser host cannot; the page opens a window itself.
   */
  'host.present': call(z.object({ workspaceId: id }).strict(), nothing),
  /** Closes the presenter window, if one is open. */
  'host.stopPresenting': call(nothing, nothing),
  /**
   * The page says whether it holds edits the service has not acknowledged yet: the desktop's window
   * then waits for them (a bounded wait, after the event `app.flushEdits`) before it closes. The
   * browser host ignores it (the page flushes on `pagehide` itself).
   */
  'host.pendingEdits': call(z.object({ pending: z.boolean() }).strict(), nothing),
  /** Exports a workspace through a native save dialog; `saved: false` when the user cancelled. */
  'host.exportWorkspace': call(
    z.object({ workspaceId: id }).strict(),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
  /**
   * Prints the workspace's playbook to PDF from a hidden window (the print route, with the shared
   * print options of src/contract/print-options.ts) and saves it through a native save dialog,
   * then offers to open it; `saved: false` when the user cancelled. The browser prints the print
   * route itself (the browser's "Save as PDF").
   */
  'host.exportPlaybook': call(
    z.object({ workspaceId: id, paper: paperSchema, includeNotes: z.boolean(), cards: cardsModeSchema }).strict(),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
  /** Saves the playbook as Markdown (written by the page) through a native save dialog. */
  'host.savePlaybookMarkdown': call(
    z.object({ workspaceId: id, content: z.string().max(16 * 1024 * 1024) }).strict(),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
  /**
   * Saves a file a step exports (a calendar, a CSV) where the user chooses: a native save dialog
   * in the desktop app. The browser host has none (the page downloads the file itself).
   */
  'host.saveFile': call(
    z
      .object({
        /** The suggested name, without folders. */
        fileName: z.string().min(1).max(200).regex(/^[^/\\\0]+$/, 'a file name, without folders'),
        /** The extension the dialog filters on, without its dot. */
        extension: z.string().regex(/^[a-z0-9]{1,10}$/),
        /** The file type as the dialog names it ("Calendar"). */
        fileTypeName: z.string().min(1).max(100),
        content: z.string().max(16 * 1024 * 1024),
      })
      .strict(),
    z.object({ saved: z.boolean(), path: z.string().optional() }),
  ),
} satisfies Record<string, CallSpec>;

export type HostCalls = typeof hostCalls;
export type HostCallName = keyof HostCalls;
export const hostCallNames = Object.keys(hostCalls) as HostCallName[];

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type CallParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;
export const callNames = Object.keys(calls) as CallName[];

export function isCallName(name: string): name is CallName {
  return Object.prototype.hasOwnProperty.call(calls, name);
}

/** Every call a window may make: the service's and the host's. */
export const allCalls = { ...calls, ...hostCalls };
export type AllCalls = typeof allCalls;
export type AnyCallName = keyof AllCalls;
export type AnyCallInput<N extends AnyCallName> = z.input<AllCalls[N]['input']>;
export type AnyCallOutput<N extends AnyCallName> = z.output<AllCalls[N]['output']>;
export const allCallNames = Object.keys(allCalls) as AnyCallName[];

export function isHostCallName(name: string): name is HostCallName {
  return Object.prototype.hasOwnProperty.call(hostCalls, name);
}

/** Events the service broadcasts to every subscriber (windows, pages, the presenter view). */
export const events = {
  /** The document changed: mirrors at `revision - 1` apply `patches`; others open it again. */
  'workspace.changed': z.object({
    workspaceId: id,
    revision: z.number().int().nonnegative(),
    patches: z.array(patchSchema),
    /** The client whose edit it was, so it can tell its own echo; absent for undo/redo/restore. */
    clientId: z.string().optional(),
    kind: z.enum(['edit', 'undo', 'redo', 'restore', 'reload']),
    canUndo: z.boolean(),
    canRedo: z.boolean(),
  }),
  /** The list of workspaces or the trash changed. */
  'workspace.listChanged': z.object({}),
  'workspace.saveState': z.object({
    workspaceId: id,
    /** `taken_over`: another Samspil took the workspace's lock; its `error` names who and since when. */
    state: z.enum(['saved', 'saving', 'error', 'conflict', 'taken_over']),
    error: serviceErrorSchema.optional(),
  }),
  'settings.changed': settingsSchema,
  /** A native menu item or shortcut the window should act on (Electron only). */
  'app.command': z.object({
    command: z.enum(['undo', 'redo', 'new_workspace', 'import_workspace', 'export_workspace', 'export_playbook', 'go_home', 'show_trash']),
  }),
  /** The window is closing with edits pending: send them now (Electron only; host.pendingEdits). */
  'app.flushEdits': z.object({}),
  /** The file changed on disk under an open workspace; saving stops until the user chooses. */
  'workspace.externalChange': z.object({ workspaceId: id, fileName: z.string() }),
} satisfies Record<string, z.ZodType>;

export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<N extends EventName> = z.output<Events[N]>;
export type ServiceEvent = { [N in EventName]: { name: N; payload: EventPayload<N> } }[EventName];

export { docPathSchema };
