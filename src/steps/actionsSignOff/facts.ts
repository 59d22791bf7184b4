import type { StepAnswer, StepDecision } from '../../contract/step-definition';
import { actionsSignOffOf, type ActionsSignOff } from '../../domain/actions-schema';
import { coverageOf, wallProblemsOf, type Coverage } from '../../domain/coverage';
import { crossCheckInputsOf } from '../../domain/cross-check-inputs';
import { runCrossChecks, type CrossCheckInputs, type CrossCheckResult } from '../../domain/cross-checks';
import type { Signer } from '../../domain/actions-schema';
import { signatureBlocks, type SignatureSplit } from '../../domain/signatories';
import { agreementState, signOffBlockers, type AgreementState, type SignOffBlocker } from '../../domain/versioning';
import { workshopOf, type Workshop } from '../../domain/workshop';

/**
 * Everything the step shows, computed once from the workspace: the coverage map, the checks, the
 * agreement's version and what blocks signing. The Markdown section and the views read the same
 * facts, so the PDF, the projector and the export agree.
 *
 * What this step cannot read by itself (it never imports another step) comes in as
 * {@link AgreementSources}: every registered step's answers and decisions (collected by the host
 * from the registry), and check inputs the host may add. Without them the coverage uses the wall's
 * own marks and the actions; the checks run on what the core's adapter reads from the steps'
 * slices (src/domain/cross-check-inputs.ts) and wait for data where it reads nothing.
 */
export interface AgreementSources {
  stepAnswers: ReadonlyArray<{ stepId: string; answers: readonly StepAnswer[] }>;
  stepDecisions: ReadonlyArray<{ stepId: string; decisions: readonly StepDecision[] }>;
  checkInputs: Partial<CrossCheckInputs>;
}

export const NO_SOURCES: AgreementSources = { stepAnswers: [], stepDecisions: [], checkInputs: {} };

export interface AgreementFacts {
  slice: ActionsSignOff;
  workshop: Workshop;
  /** The step ids on the agenda (enabled items). */
  agenda: string[];
  coverage: Coverage;
  checks: CrossCheckResult[];
  state: AgreementState;
  blockers: SignOffBlocker[];
  stepDecisions: AgreementSources['stepDecisions'];
}

function emptyInputs(workshop: Workshop, slice: ActionsSignOff): CrossCheckInputs {
  const participantIds = workshop.participants.map((p) => p.id);
  return {
    mqlThreshold: { mqlsNeeded: null, mqlsFromThreshold: null, tolerancePercent: 10 },
    slaVolumes: { volumes: [] },
    followUpCapacity: { sellers: null, attemptsPerSellerPerWeek: null, leadsPerWeek: null, attemptsPerLead: null },
    raciAccountable: { roles: [], participantIds },
    owners: { items: [], participantIds },
    leadReviewAttendance: { meetings: [], participants: workshop.participants },
    firstReview: { firstReviewDate: slice.signOff.firstReviewDate, workshopDate: workshop.date },
  };
}

/**
 * The facts of a workspace's agreement.
 *
 * @example
 * const facts = agreementFacts(workspace, { stepAnswers, stepDecisions, checkInputs: {} });
 * facts.coverage.canSignOff && facts.blockers.length === 0; // the room may sign
 */
export function agreementFacts(workspace: { clientCompany?: string; currency?: string; steps: Record<string, unknown> }, sources: AgreementSources = NO_SOURCES): AgreementFacts {
  const slice = actionsSignOffOf(workspace);
  const workshop = workshopOf(workspace);
  const agenda = workshop.agenda.flatMap((item) => (item.kind === 'step' && item.enabled ? [item.stepId] : []));
  const coverage = coverageOf({
    problems: wallProblemsOf(workspace),
    // This step's own answers are its actions, given to the coverage as actions (with owner and
    // date): listed once, not again as clauses.
    stepAnswers: sources.stepAnswers.filter((entry) => entry.stepId !== 'actionsSignOff'),
    actions: slice.actions,
    deferrals: slice.deferrals,
    participantIds: workshop.participants.map((p) => p.id),
  });
  // What the core can read from the steps' slices, then what the host hands in over it.
  const checks = runCrossChecks({ ...emptyInputs(workshop, slice), ...crossCheckInputsOf(workspace, workshop.participants), ...sources.checkInputs }, agenda);
  return {
    slice,
    workshop,
    agenda,
    coverage,
    checks,
    state: agreementState(workspace),
    blockers: signOffBlockers(workspace, coverage),
    stepDecisions: sources.stepDecisions,
  };
}

/**
 * The signers who get a signature block on the printed sign-off page and those listed by name
 * under it, by the rule of every sign-off page (src/domain/signatories.ts): all of them in their
 * order when they fit; else the teams in turn, leadership first, with the sponsor's line first of
 * all. A signer whose participant is gone counts as "other".
 *
 * @example
 * signOffBlocks(facts); // { signing: [12 signers], others: [28 signers] } for 40 signers
 */
export function signOffBlocks({ slice, workshop }: Pick<AgreementFacts, 'slice' | 'workshop'>): SignatureSplit<Signer> {
  const { signers, sponsorId } = slice.signOff;
  const teamOf = (signer: Signer) => workshop.participants.find((p) => p.id === signer.participantId)?.team ?? 'other';
  const sponsorFirst = [...signers.filter((s) => s.participantId === sponsorId), ...signers.filter((s) => s.participantId !== sponsorId)];
  const split = signatureBlocks(sponsorFirst, teamOf);
  // When they all fit, they sign in the room's own order.
  return split.others.length === 0 ? { signing: [...signers], others: [] } : { signing: split.signing, others: signers.filter((s) => split.others.includes(s)) };
}
