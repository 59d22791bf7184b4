import type { StepMarkdownContext } from '../../contract/step-definition';
import type { ActionsSignOff } from '../../domain/actions-schema';
import { block, escapeMarkdown, factList, markdownTable } from '../kit/markdown';
import { agreementFacts, NO_SOURCES, type AgreementFacts, type AgreementSources } from './facts';
import { changeText, checkFix, checkMessage, checkParams, checkTitle, coverageText, peopleNames, personName, stepTitle, type Words } from './words';

/**
 * The step's Markdown section: the actions table, the decision log (the room's own and the ones
 * the steps record by themselves), the problem → answer map, the checks that still fail, and the
 * sign-off with the version, its status, the first review date and the change log of a draft.
 * The same facts as the playbook section (./facts.ts).
 */
export function actionsSignOffMarkdown(_slice: ActionsSignOff, context: StepMarkdownContext, sources: AgreementSources = NO_SOURCES): string {
  const facts = agreementFacts(context.workspace, sources);
  const words: Words = { t: context.t, format: context.format, workshop: facts.workshop };
  return block(actionsPart(facts, words), decisionsPart(facts, words), coveragePart(facts, words), checksPart(facts, words), signOffPart(facts, words));
}

function actionsPart({ slice, coverage }: AgreementFacts, words: Words): string {
  const { t, format } = words;
  const problemName = (id: string | null) => (id === null ? '' : (coverage.problems.find((p) => p.problem.id === id)?.problem.name ?? ''));
  const table =
    slice.actions.length === 0
      ? `_${t('markdown.noActions')}_`
      : markdownTable(
          [t('markdown.what'), t('markdown.owner'), t('markdown.due'), t('markdown.answers'), t('markdown.status')],
          slice.actions.map((a) => [
            a.what,
            personName(words, a.ownerId),
            format.date(a.due),
            [problemName(a.problemId), a.stepId === null ? '' : stepTitle(words, a.stepId)].filter(Boolean).join(' · '),
            t(`status.${a.status}`),
          ]),
        );
  return block(`### ${t('markdown.actions')}`, table);
}

function decisionsPart({ slice, stepDecisions }: AgreementFacts, words: Words): string {
  const { t, format } = words;
  const rows = [
    ...stepDecisions.flatMap(({ stepId, decisions }) => decisions.map((d) => [d.text, d.why, '', '', stepTitle(words, stepId)])),
    ...slice.decisions.map((d) => [d.decision, d.why, peopleNames(words, d.decidedBy), format.date(d.when), d.stepId === null ? '' : stepTitle(words, d.stepId)]),
  ];
  const table =
    rows.length === 0
      ? `_${t('markdown.noDecisions')}_`
      : markdownTable([t('markdown.decision'), t('markdown.why'), t('markdown.decidedBy'), t('markdown.when'), t('markdown.step')], rows);
  return block(`### ${t('markdown.decisions')}`, table);
}

function coveragePart({ coverage }: AgreementFacts, words: Words): string {
  const { t } = words;
  if (coverage.problems.length === 0) return block(`### ${t('markdown.coverage')}`, `_${t('markdown.noProblems')}_`);
  const summary = coverage.canSignOff ? t('markdown.coverageComplete') : t('markdown.coverageOpen', { count: coverage.open.length });
  const table = markdownTable(
    [t('markdown.problem'), t('markdown.answeredBy')],
    // Several answers in one cell, one per line where Markdown allows it (a <br> in GitHub's).
    coverage.problems.map((row) => [row.problem.name, coverageText(words, row).join(' · ')]),
  );
  return block(`### ${t('markdown.coverage')}`, escapeMarkdown(summary), table);
}

function checksPart({ checks }: AgreementFacts, words: Words): string {
  const { t } = words;
  const failing = checks.filter((c) => c.status === 'failing');
  const skipped = checks.filter((c) => c.status === 'skipped').length;
  const lines = failing.map((check) => {
    const findings = check.findings.map((f) => `  - ${escapeMarkdown(words.t(f.key, checkParams(words, f.params)))}`);
    const fix = checkFix(words, check);
    return [
      `- **${escapeMarkdown(checkTitle(words, check))}:** ${escapeMarkdown(checkMessage(words, check))}`,
      ...findings,
      ...(fix ? [`  - _${escapeMarkdown(t('markdown.fix'))}:_ ${escapeMarkdown(fix)}`] : []),
    ].join('\n');
  });
  return block(
    `### ${t('markdown.checks')}`,
    failing.length === 0 ? `_${t('markdown.noFailingChecks')}_` : lines.join('\n'),
    skipped > 0 ? `_${t('markdown.skippedChecks', { count: skipped })}_` : null,
  );
}

function signOffPart({ slice, state, workshop }: AgreementFacts, words: Words): string {
  const { t, format } = words;
  const sponsor = workshop.participants.find((p) => p.id === slice.signOff.sponsorId);
  const version =
    state.status === 'final' && state.signed
      ? t('agreement.final', { version: state.version, date: format.date(state.signed.signedDate) })
      : t('agreement.draft', { version: state.version });
  const facts = factList([
    [t('markdown.version'), version],
    [t('markdown.sponsor'), sponsor ? [sponsor.name, sponsor.title].filter(Boolean).join(', ') : t('markdown.notSet')],
    [t('markdown.firstReview'), format.date(slice.signOff.firstReviewDate) || t('markdown.notSet')],
  ]);
  // A final agreement shows who signed and when; a draft leaves the lines for the signatures.
  const signedDate = state.status === 'final' && state.signed ? format.date(state.signed.signedDate) : '';
  const signers = markdownTable(
    [t('markdown.name'), t('markdown.role'), t('markdown.signature'), t('markdown.date')],
    slice.signOff.signers.map((s) => [personName(words, s.participantId), s.role, '', signedDate]),
  );
  const changes =
    state.status === 'draft' && state.signed
      ? block(
          `#### ${t('markdown.changesSince', { version: state.signed.version })}`,
          state.changes.map((entry) => `- ${escapeMarkdown(changeText(words, entry))}`).join('\n'),
          state.decisionsSince.length > 0
            ? block(`#### ${t('markdown.decisionsSince', { version: state.signed.version })}`, state.decisionsSince.map((d) => `- ${escapeMarkdown(d.decision)}`).join('\n'))
            : null,
        )
      : null;
  const history =
    slice.versions.length > 0
      ? block(
          `#### ${t('markdown.history')}`,
          markdownTable(
            [t('markdown.version'), t('markdown.signedDate'), t('markdown.sponsor'), t('markdown.changes')],
            slice.versions.map((v) => [v.version, format.date(v.signedDate), personName(words, v.sponsorId), v.changes.length === 0 ? '' : t('markdown.changeCount', { count: v.changes.length })]),
          ),
        )
      : null;
  return block(`### ${t('markdown.signOff')}`, facts, slice.signOff.signers.length > 0 ? signers : null, changes, history);
}
