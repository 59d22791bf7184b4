import { z } from 'zod';

/**
 * The consultant's own brand and a playbook's document control: what makes the printed playbook
 * the consultancy's deliverable. The brand (firm name, logo, accent colour) is kept in the
 * consultant's settings (settings.json, `settings.consultant`) and copied into every new workspace
 * (`workspace.playbook.consultant`), where it can differ per client; the document control (version,
 * status, date of issue, prepared by and for, confidentiality) belongs to the workspace alone.
 * `workspace.playbook` is an envelope field read with {@link playbookSettingsOf}: a file without
 * it (or with a damaged one) gets the defaults, so no schema version is needed.
 */

/** The largest logo kept, decoded (a logo is a few kilobytes; a photo is not a logo). */
export const LOGO_MAX_BYTES = 256 * 1024;
const BASE64_MAX = Math.ceil(LOGO_MAX_BYTES / 3) * 4;

export const logoMediaTypeSchema = z.enum(['image/png', 'image/svg+xml']);
export type LogoMediaType = z.infer<typeof logoMediaTypeSchema>;

/**
 * A logo as its bytes in base64. The service checks a PNG's signature and size and rebuilds an
 * SVG from an allow-list (src/contract/logo.ts) before it keeps one.
 */
export const logoSchema = z.object({
  mediaType: logoMediaTypeSchema,
  data: z.string().max(BASE64_MAX).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
});
export type Logo = z.infer<typeof logoSchema>;

/** An accent colour as #rrggbb. */
export const accentSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, '#rrggbb');

export const consultantSchema = z.object({
  firmName: z.string().trim().max(120),
  accent: accentSchema,
  logo: logoSchema.nullable(),
});
export type Consultant = z.infer<typeof consultantSchema>;

/** The playbook's blue, as it was before any brand. */
export const DEFAULT_ACCENT = '#0f4c81';
export const DEFAULT_CONSULTANT: Consultant = { firmName: '', accent: DEFAULT_ACCENT, logo: null };

export const documentStatusSchema = z.enum(['draft', 'final']);
export type DocumentStatus = z.infer<typeof documentStatusSchema>;

/** Document control: what a partner checks before a document leaves the firm. */
export const documentControlSchema = z.object({
  version: z.string().trim().max(20),
  status: documentStatusSchema,
  /** YYYY-MM-DD, or '' for the workshop's date. */
  issueDate: z.union([z.literal(''), z.iso.date()]),
  /** '' means the facilitator (and the firm). */
  preparedBy: z.string().trim().max(200),
  /** '' means the client company. */
  preparedFor: z.string().trim().max(200),
  /** '' means the default line ("Confidential: for …"). */
  confidentiality: z.string().trim().max(300),
});
export type DocumentControl = z.infer<typeof documentControlSchema>;

export const DEFAULT_DOCUMENT_CONTROL: DocumentControl = { version: '1.0', status: 'draft', issueDate: '', preparedBy: '', preparedFor: '', confidentiality: '' };

export const playbookSettingsSchema = z.object({
  consultant: consultantSchema,
  control: documentControlSchema,
  /** The executive summary's opening, in the facilitator's words ('' or missing: made from the goal). */
  summary: z.string().max(4000).optional(),
});
export type PlaybookSettings = Required<z.infer<typeof playbookSettingsSchema>>;

/**
 * A workspace's playbook settings (`workspace.playbook`), each part falling back to its defaults
 * when it is missing or does not parse.
 *
 * @example
 * playbookSettingsOf({ playbook: { control: { version: '2.0', status: 'final' } } }).control.status; // 'final'
 */
export function playbookSettingsOf(workspace: object): PlaybookSettings {
  const raw = (workspace as { playbook?: unknown }).playbook;
  const parts = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const consultant = consultantSchema.safeParse(parts['consultant']);
  const control = documentControlSchema.safeParse({ ...DEFAULT_DOCUMENT_CONTROL, ...(typeof parts['control'] === 'object' ? parts['control'] : {}) });
  return {
    consultant: consultant.success ? consultant.data : DEFAULT_CONSULTANT,
    control: control.success ? control.data : DEFAULT_DOCUMENT_CONTROL,
    summary: typeof parts['summary'] === 'string' ? parts['summary'].slice(0, 4000) : '',
  };
}
