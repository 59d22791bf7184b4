import type { EditOp } from '../contract/edit';
import {
  ACTIONS_SIGN_OFF_PATH,
  actionsSignOffOf,
  MAX_CHANGES,
  MAX_FROZEN_CHARS,
  MAX_VERSIONS,
  type ChangeEntry,
  type Decision,
  signedVersionSchema,
  type SignedVersion,
} from './actions-schema';
import { canonicalJson, diffValues } from './change-log';
import type { Coverage } from './coverage';
import { WORKSHOP_STEP_IDS } from './workshop-steps';
import { workshopOf, type Participant } from './workshop';

/**
 * Versions of the agreement: signing freezes what was signed; any later edit makes a draft with a
 * change log against it.
 *
 * Decisions:
 * - **What is frozen**: the client's name and currency and every step's slice (the set-up's
 *   people and agenda included), as canonical JSON text. From this step's own slice, the versions
 *   themselves (a version does not contain itself) and the sign-off's date (when it was signed
 *   is the version's `signedDate`, not part of what was agreed) are left out. The running of the
 *   room (timers, private notes) is not part of the agreement and is not frozen.
 * - **A signed version never changes**: signing appends one entry to `versions`; no operation of
 *   the core edits or removes one (`isFrozenPath` lets a host refuse any edit that would).
 * - **Status is derived, never stored**: the agreement is `final` while the document equals the
 *   last signed version, `draft` otherwise (and before the first signing). No edit in another
 *   step can leave a stale "final" behind.
 * - **Numbering**: the first signing makes 1.0. After a signing, the next draft is the next minor
 *   number (1.0 → 1.1, 1.9 → 1.10), and signing a draft keeps the number it carried as a draft:
 *   the paper the room signed said "1.1 (draft)", so what they signed is 1.1, never a surprise
 *   2.0. Before the first signing the draft is "1.0 (draft)".
 * - **The change log** of a draft is the structural diff of the last signed copy and the document
 *   now (./change-log.ts), plus the decisions written in the log since. Signing a draft keeps its
 *   change log in the new version, so the playbook can print the history of every version.
 */

export const FIRST_VERSION = '1.0';
export const AGREEMENT_STEP_ID = ACTIONS_SIGN_OFF_PATH[1];

/** What signing freezes (see the module's notes). */
export interface AgreementSnapshot {
  clientCompany: string;
  currency: string;
  steps: Record<string, unknown>;
}

interface WorkspaceLike {
  clientCompany?: string;
  currency?: string;
  steps: Record<string, unknown>;
}

/**
 * The part of a workspace that an agreement is: see the module's notes.
 *
 * @example
 * agreementSnapshot(workspace).steps.actionsSignOff; // { actions, decisions, deferrals, signOff: { sponsorId, signers, firstReviewDate } }
 */
export function agreementSnapshot(workspace: WorkspaceLike): AgreementSnapshot {
  const steps: Record<string, unknown> = { ...workspace.steps };
  const own = steps[AGREEMENT_STEP_ID];
  if (own !== null && typeof own === 'object' && !Array.isArray(own)) {
    const { versions: _versions, signOff, ...rest } = own as Record<string, unknown>;
    const kept: Record<string, unknown> = { ...rest };
    if (signOff !== null && typeof signOff === 'object' && !Array.isArray(signOff)) {
      const { date: _date, ...signOffRest } = signOff as Record<string, unknown>;
      kept['signOff'] = signOffRest;
    } else if (signOff !== undefined) kept['signOff'] = signOff;
    steps[AGREEMENT_STEP_ID] = kept;
  }
  return { clientCompany: workspace.clientCompany ?? '', currency: workspace.currency ?? '', steps };
}

/** The frozen text of a workspace's agreement (canonical JSON of its snapshot). */
export function freezeAgreement(workspace: WorkspaceLike): string {
  return canonicalJson(agreementSnapshot(workspace));
}

/**
 * What changed from a frozen copy to the workspace now: the client's name and currency (step
 * 'workspace'), then each step in workshop order (steps this build does not know last).
 *
 * @example
 * changeLog(freezeAgreement(before), after); // [{ stepId: 'setup', path: [{ key: 'location' }], kind: 'changed', before: 'Aarhus', after: 'Vejle' }]
 */
export function changeLog(frozen: string, workspace: WorkspaceLike): ChangeEntry[] {
  const before = parseFrozen(frozen);
  // Through the same canonical text, so the two sides compare as the file holds them.
  const after = parseFrozen(freezeAgreement(workspace));
  const entries: ChangeEntry[] = [
    ...diffValues('workspace', before.clientCompany, after.clientCompany, [{ key: 'clientCompany' }]),
    ...diffValues('workspace', before.currency, after.currency, [{ key: 'currency' }]),
  ];
  const known = WORKSHOP_STEP_IDS as readonly string[];
  const ids = [...new Set([...Object.keys(before.steps), ...Object.keys(after.steps)])].sort(
    (a, b) => rank(known, a) - rank(known, b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  for (const id of ids) entries.push(...diffValues(id, before.steps[id], after.steps[id]));
  return entries;
}

const rank = (known: readonly string[], id: string) => (known.includes(id) ? known.indexOf(id) : known.length);

/** A frozen copy read back; a part it lacks is undefined, so the diff shows it as added. */
function parseFrozen(frozen: string): Partial<AgreementSnapshot> & { steps: Record<string, unknown> } {
  try {
    const parsed = JSON.parse(frozen) as Partial<AgreementSnapshot> | null;
    if (parsed && typeof parsed === 'object') {
      return {
        ...(typeof parsed.clientCompany === 'string' ? { clientCompany: parsed.clientCompany } : {}),
        ...(typeof parsed.currency === 'string' ? { currency: parsed.currency } : {}),
        steps: parsed.steps && typeof parsed.steps === 'object' && !Array.isArray(parsed.steps) ? parsed.steps : {},
      };
    }
  } catch {
    // A frozen copy edited by hand into something unreadable compares as empty: every part shows
    // as added, which is what the room should see.
  }
  return { steps: {} };
}

/**
 * The version after a signed one: the next minor number.
 *
 * @example
 * versionAfter('1.0'); // '1.1'
 * versionAfter('1.9'); // '1.10'
 */
export function versionAfter(version: string): string {
  const [major = '1', minor = '0'] = version.split('.');
  return `${Number(major)}.${Number(minor) + 1}`;
}

export interface AgreementState {
  status: 'draft' | 'final';
  /** The number the document carries now: the last signed one while final, the draft's otherwise. */
  version: string;
  /** The last signed version, or null before the first signing. */
  signed: SignedVersion | null;
  /** What changed since the last signed version (empty while final and before the first signing). */
  changes: ChangeEntry[];
  /** Decisions of the log added or changed since the last signed version. */
  decisionsSince: Decision[];
}

/**
 * Where the agreement stands.
 *
 * @example
 * agreementState(workspace); // { status: 'draft', version: '1.1', signed: { version: '1.0', … }, changes: [ … ], decisionsSince: [ … ] }
 */
export function agreementState(workspace: WorkspaceLike): AgreementState {
  const slice = actionsSignOffOf(workspace);
  const signed = slice.versions.at(-1) ?? null;
  if (!signed) return { status: 'draft', version: FIRST_VERSION, signed: null, changes: [], decisionsSince: [] };
  const changes = changeLog(signed.frozen, workspace);
  if (changes.length === 0) return { status: 'final', version: signed.version, signed, changes, decisionsSince: [] };
  return { status: 'draft', version: versionAfter(signed.version), signed, changes, decisionsSince: decisionsSince(signed, slice.decisions) };
}

function decisionsSince(signed: SignedVersion, decisions: readonly Decision[]): Decision[] {
  const frozenSlice = parseFrozen(signed.frozen).steps[AGREEMENT_STEP_ID] as { decisions?: unknown } | undefined;
  const then = Array.isArray(frozenSlice?.decisions) ? (frozenSlice.decisions as unknown[]) : [];
  const thenText = new Map(then.map((d) => [(d as { id?: unknown }).id, canonicalJson(d)]));
  return decisions.filter((d) => thenText.get(d.id) !== canonicalJson(d));
}

/** Why the room cannot sign yet. */
export type SignOffBlocker =
  | { code: 'open_problems'; count: number }
  | { code: 'no_sponsor' }
  | { code: 'sponsor_not_leadership' }
  | { code: 'no_signers' }
  | { code: 'unknown_signer'; signerId: string }
  | { code: 'no_first_review' };

/**
 * What stands between the room and its signatures: open problems (./coverage.ts), a sponsor who
 * is a leadership participant, at least one signer (each a participant), a first review date.
 *
 * @example
 * signOffBlockers(workspace, coverage); // [{ code: 'no_first_review' }]
 */
export function signOffBlockers(workspace: WorkspaceLike, coverage: Pick<Coverage, 'open'>): SignOffBlocker[] {
  const { signOff } = actionsSignOffOf(workspace);
  const participants: Participant[] = workshopOf(workspace).participants;
  const blockers: SignOffBlocker[] = [];
  if (coverage.open.length > 0) blockers.push({ code: 'open_problems', count: coverage.open.length });
  const sponsor = participants.find((p) => p.id === signOff.sponsorId);
  if (!sponsor) blockers.push({ code: 'no_sponsor' });
  else if (sponsor.team !== 'leadership') blockers.push({ code: 'sponsor_not_leadership' });
  if (signOff.signers.length === 0) blockers.push({ code: 'no_signers' });
  for (const signer of signOff.signers) {
    if (!participants.some((p) => p.id === signer.participantId)) blockers.push({ code: 'unknown_signer', signerId: signer.id });
  }
  if (signOff.firstReviewDate === '') blockers.push({ code: 'no_first_review' });
  return blockers;
}

export type SignRefusal =
  | { code: 'not_ready'; blockers: SignOffBlocker[] }
  | { code: 'unchanged'; version: string }
  | { code: 'invalid_date' }
  | { code: 'invalid_version' }
  | { code: 'limit'; max: number }
  | { code: 'too_large'; max: number };

export type SignChange = { ok: true; ops: EditOp[]; version: SignedVersion } | { ok: false; refusal: SignRefusal };

/**
 * Signs the agreement as it stands: sets the sign-off's date and appends the signed version
 * (frozen copy, signers, and the change log since the version before). Refused while something
 * blocks sign-off, when nothing changed since the last signing, or past the limits.
 *
 * @example
 * const change = signAgreement(workspace, { id: 'v-1', date: '2027-01-14' }, coverage);
 * if (change.ok) send(change.ops); // version '1.0'
 */
export function signAgreement(workspace: WorkspaceLike, request: { id: string; date: string }, coverage: Pick<Coverage, 'open'>): SignChange {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(request.date)) return { ok: false, refusal: { code: 'invalid_date' } };
  const blockers = signOffBlockers(workspace, coverage);
  if (blockers.length > 0) return { ok: false, refusal: { code: 'not_ready', blockers } };
  const slice = actionsSignOffOf(workspace);
  const state = agreementState(workspace);
  if (state.status === 'final') return { ok: false, refusal: { code: 'unchanged', version: state.version } };
  if (slice.versions.length >= MAX_VERSIONS) return { ok: false, refusal: { code: 'limit', max: MAX_VERSIONS } };
  const frozen = freezeAgreement(workspace);
  if (frozen.length > MAX_FROZEN_CHARS) return { ok: false, refusal: { code: 'too_large', max: MAX_FROZEN_CHARS } };
  const version: SignedVersion = {
    id: request.id,
    version: state.version,
    signedDate: request.date,
    sponsorId: slice.signOff.sponsorId,
    signers: slice.signOff.signers.map((s) => ({ ...s })),
    frozen,
    changes: state.changes.slice(0, MAX_CHANGES),
    changesTruncated: state.changes.length > MAX_CHANGES,
  };
  // Guard: a version the slice's schema would refuse must never reach the document (the reader
  // would then see an empty slice).
  if (!signedVersionSchema.safeParse(version).success) return { ok: false, refusal: { code: 'invalid_version' } };
  const path = [...ACTIONS_SIGN_OFF_PATH];
  return {
    ok: true,
    version,
    ops: [
      { type: 'set', path: [...path, 'signOff', 'date'], value: request.date },
      { type: 'insert', path: [...path, 'versions'], value: version },
    ],
  };
}

/**
 * Whether an edit path reaches into a signed version (a host may refuse such edits: a signed
 * version never changes). Appending a new version (`insert` at the list itself) is not inside one.
 *
 * @example
 * isFrozenPath(['steps', 'actionsSignOff', 'versions', { id: 'v-1' }, 'frozen']); // true
 * isFrozenPath(['steps', 'actionsSignOff', 'versions']); // false
 */
export function isFrozenPath(path: readonly unknown[]): boolean {
  return path.length > 3 && path[0] === 'steps' && path[1] === AGREEMENT_STEP_ID && path[2] === 'versions';
}
