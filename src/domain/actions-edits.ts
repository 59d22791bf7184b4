import type { DocPath, EditOp } from '../contract/edit';
import {
  ACTIONS_SIGN_OFF_PATH,
  actionSchema,
  decisionSchema,
  deferralSchema,
  MAX_ACTIONS,
  MAX_DECISIONS,
  MAX_DEFERRALS,
  MAX_SIGNERS,
  signerSchema,
  signOffSchema,
  type Action,
  type ActionsSignOff,
  type Decision,
  type Deferral,
  type SignOff,
  type Signer,
} from './actions-schema';

/**
 * Every change to the actions-and-sign-off slice as edit operations (src/contract/edit.ts), or a
 * typed refusal a view translates. Each item is validated whole with its schema before an
 * operation is made, so the document never holds what the schema would refuse. None of them
 * touches `versions`: only signing appends to it (./versioning.ts, `signAgreement`).
 * Ids of new items are the caller's (the pure core makes no random numbers).
 */

export type ActionsRefusal = { code: 'invalid'; field: string } | { code: 'not_found' } | { code: 'limit'; max: number } | { code: 'duplicate_id' };
export type ActionsChange = { ok: true; ops: EditOp[] } | { ok: false; refusal: ActionsRefusal };

/** The lists of the slice that hold items addressed by id. */
export type ItemList = 'actions' | 'decisions' | 'deferrals';

interface ItemOf {
  actions: Action;
  decisions: Decision;
  deferrals: Deferral;
}

const SCHEMAS = { actions: actionSchema, decisions: decisionSchema, deferrals: deferralSchema } as const;
const LIMITS: Record<ItemList, number> = { actions: MAX_ACTIONS, decisions: MAX_DECISIONS, deferrals: MAX_DEFERRALS };

const path = (...rest: DocPath): DocPath => [...ACTIONS_SIGN_OFF_PATH, ...rest];
const ok = (ops: EditOp[]): ActionsChange => ({ ok: true, ops });
const refuse = (refusal: ActionsRefusal): ActionsChange => ({ ok: false, refusal });

function firstInvalidField(schema: { safeParse: (v: unknown) => { success: boolean; error?: { issues: { path: PropertyKey[] }[] } } }, value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  return String(parsed.error?.issues[0]?.path[0] ?? '');
}

/**
 * Adds an item (an action, a decision, a deferral) at the end of its list.
 *
 * @example
 * addItem(slice, 'actions', { id: 'a-7', what: 'Book the first review', ownerId: 'p-mette', due: '2027-01-21', problemId: null, stepId: 'actionsSignOff', status: 'open' });
 */
export function addItem<L extends ItemList>(slice: ActionsSignOff, list: L, item: ItemOf[L]): ActionsChange {
  const items = slice[list] as readonly { id: string }[];
  if (items.length >= LIMITS[list]) return refuse({ code: 'limit', max: LIMITS[list] });
  if (items.some((existing) => existing.id === item.id)) return refuse({ code: 'duplicate_id' });
  const invalid = firstInvalidField(SCHEMAS[list], item);
  if (invalid !== null) return refuse({ code: 'invalid', field: invalid });
  return ok([{ type: 'insert', path: path(list), value: { ...item } }]);
}

/**
 * Changes fields of an item: one `set` per field that changes (so two people editing two fields
 * of one action do not collide).
 *
 * @example
 * updateItem(slice, 'actions', 'a-7', { status: 'done' }); // ops: [{ type: 'set', path: [..., 'actions', { id: 'a-7' }, 'status'], value: 'done' }]
 */
export function updateItem<L extends ItemList>(slice: ActionsSignOff, list: L, id: string, patch: Partial<Omit<ItemOf[L], 'id'>>): ActionsChange {
  const current = (slice[list] as readonly { id: string }[] as readonly ItemOf[L][]).find((item) => item.id === id);
  if (!current) return refuse({ code: 'not_found' });
  const next = { ...current, ...patch, id };
  const invalid = firstInvalidField(SCHEMAS[list], next);
  if (invalid !== null) return refuse({ code: 'invalid', field: invalid });
  const ops: EditOp[] = [];
  for (const [field, value] of Object.entries(patch)) {
    if (field === 'id' || value === undefined) continue;
    if (JSON.stringify((current as Record<string, unknown>)[field]) === JSON.stringify(value)) continue;
    ops.push({ type: 'set', path: path(list, { id }, field), value });
  }
  return ok(ops);
}

/** Removes an item of a list. */
export function removeItem(slice: ActionsSignOff, list: ItemList, id: string): ActionsChange {
  if (!(slice[list] as readonly { id: string }[]).some((item) => item.id === id)) return refuse({ code: 'not_found' });
  return ok([{ type: 'remove', path: path(list, { id }) }]);
}

/** Moves an item of a list to a new position (0-based, clamped). */
export function moveItem(slice: ActionsSignOff, list: ItemList, id: string, toIndex: number): ActionsChange {
  const items = slice[list] as readonly { id: string }[];
  if (!items.some((item) => item.id === id)) return refuse({ code: 'not_found' });
  return ok([{ type: 'move', path: path(list, { id }), toIndex: Math.max(0, Math.min(toIndex, items.length - 1)) }]);
}

/**
 * Sets the sponsor or the first review date (the sign-off's date is set by signing).
 *
 * @example
 * setSignOffField(slice, 'firstReviewDate', '2027-04-15');
 */
export function setSignOffField(slice: ActionsSignOff, field: 'sponsorId' | 'firstReviewDate', value: string): ActionsChange {
  const next: SignOff = { ...slice.signOff, [field]: value };
  const invalid = firstInvalidField(signOffSchema, next);
  if (invalid !== null) return refuse({ code: 'invalid', field });
  if (slice.signOff[field] === value) return ok([]);
  return ok([{ type: 'set', path: path('signOff', field), value }]);
}

/** Adds a signer (a participant, with the role they sign in). */
export function addSigner(slice: ActionsSignOff, signer: Signer): ActionsChange {
  const signers = slice.signOff.signers;
  if (signers.length >= MAX_SIGNERS) return refuse({ code: 'limit', max: MAX_SIGNERS });
  if (signers.some((s) => s.id === signer.id)) return refuse({ code: 'duplicate_id' });
  const invalid = firstInvalidField(signerSchema, signer);
  if (invalid !== null) return refuse({ code: 'invalid', field: invalid });
  return ok([{ type: 'insert', path: path('signOff', 'signers'), value: { ...signer } }]);
}

/** Changes a signer's participant or role. */
export function updateSigner(slice: ActionsSignOff, id: string, patch: Partial<Omit<Signer, 'id'>>): ActionsChange {
  const current = slice.signOff.signers.find((s) => s.id === id);
  if (!current) return refuse({ code: 'not_found' });
  const invalid = firstInvalidField(signerSchema, { ...current, ...patch, id });
  if (invalid !== null) return refuse({ code: 'invalid', field: invalid });
  const ops: EditOp[] = Object.entries(patch)
    .filter(([field, value]) => field !== 'id' && value !== undefined && (current as Record<string, unknown>)[field] !== value)
    .map(([field, value]) => ({ type: 'set', path: path('signOff', 'signers', { id }, field), value }));
  return ok(ops);
}

/** Removes a signer. */
export function removeSigner(slice: ActionsSignOff, id: string): ActionsChange {
  if (!slice.signOff.signers.some((s) => s.id === id)) return refuse({ code: 'not_found' });
  return ok([{ type: 'remove', path: path('signOff', 'signers', { id }) }]);
}
