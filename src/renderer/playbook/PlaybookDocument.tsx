import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PlaybookOptions } from '../../contract/print-options';
import type { Workspace } from '../../contract/workspace';
import type { AnyStepViews } from '../../steps/kit/views';
import { formatDate } from '../../steps/kit/format';
import { stepTitle } from '../facilitator/agenda-view';
import { StepHostProvider } from '../steps/StepHostProvider';
import { playbookSettingsOf } from '../../contract/consultant';
import { COVER_PARTICIPANTS, playbookModel, type PlaybookModel } from './model';
import { ExecutiveSummary } from './ExecutiveSummary';
import { DocumentControl, FacilitatorNotes, ParticipantsAppendix, ProblemsSection, SectionBoundary, SignOffSection } from './PlaybookParts';

/**
 * The playbook as one flowing document: cover, contents, a section per step in agenda order
 * (each step's own PlaybookSection, from the registry), the problems from the current-state wall
 * and where each is answered, and the sign-off. Everything in the workspace's language.
 *
 * It is the source of the paged layout (PagedPlaybook): the attributes here are its instructions.
 * `data-break-before="page"` starts a section on a new page, `data-toc-target` names where a
 * section starts (for the contents' page numbers, filled into `data-toc-page`), `data-pb-keep`
 * keeps a block whole and `data-pb-keep-next` keeps it with what follows.
 */
export function PlaybookDocument({
  workspace,
  options,
  views: loaded,
  coverHeading = 'h1',
}: {
  workspace: Workspace;
  options: PlaybookOptions;
  views: ReadonlyMap<string, AnyStepViews>;
  /** The cover's heading: h1 where the playbook is the page (print, PDF), h2 inside the app's page. */
  coverHeading?: CoverHeading;
}) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const model = playbookModel(workspace, (stepId) => loaded.has(stepId));
  const entries = contentsEntries(model, t, options.includeNotes);
  return (
    <StepHostProvider playbookOptions={options}>
      <div className="pb-doc" lang={workspace.language}>
        <Cover workspace={workspace} model={model} heading={coverHeading} />
        <ExecutiveSummary workspace={workspace} model={model} options={options} />
        <section className="pb-major pb-contents" data-break-before="page" aria-labelledby="pb-contents-title">
          <h2 id="pb-contents-title">{t('document.contents')}</h2>
          <ol className="pb-toc">
            {entries.map((entry, index) => (
              <li key={entry.key} className="pb-toc__entry">
                <a href={`#pb-sec-${entry.key}`}>
                  <span className="pb-toc__number">{index + 1}</span>
                  <span className="pb-toc__title" data-toc-title={entry.key}>
                    {entry.title}
                  </span>
                  <span className="pb-toc__leader" aria-hidden="true" />
                  <span className="pb-toc__page" data-toc-page={entry.key}>
                    00
                  </span>
                </a>
              </li>
            ))}
          </ol>
          <DocumentControl workspace={workspace} model={model} />
        </section>
        {model.sections.map((section) => {
          const views = loaded.get(section.stepId);
          if (!views) return null;
          return (
            <div key={section.key} className="pb-major pb-step" id={`pb-sec-${section.key}`} data-toc-target={section.key} data-break-before="page">
              <SectionBoundary title={stepTitle(section.stepId, t)} failedText={(reason) => t('document.sectionFailed', { reason })}>
                <views.PlaybookSection workspace={workspace} slice={workspace.steps[section.stepId]} />
              </SectionBoundary>
              {options.includeNotes && section.notes ? <FacilitatorNotes title={t('document.notes')} notes={section.notes} /> : null}
            </div>
          );
        })}
        {options.includeNotes && model.otherNotes.length > 0 ? (
          <div className="pb-major pb-step" id="pb-sec-otherNotes" data-toc-target="otherNotes" data-break-before="page">
            <h2>{t('document.otherNotes')}</h2>
            {model.otherNotes.map((item) => (
              <FacilitatorNotes key={item.agendaItemId} title={item.title} notes={item.notes} />
            ))}
          </div>
        ) : null}
        {model.generic.problems ? <ProblemsSection workspace={workspace} model={model} /> : null}
        {model.generic.signOff ? <SignOffSection workspace={workspace} model={model} /> : null}
        {model.participants.length > COVER_PARTICIPANTS ? <ParticipantsAppendix workspace={workspace} model={model} /> : null}
      </div>
    </StepHostProvider>
  );
}

/** The contents: each step section, then the problems (when there are any) and the sign-off. */
export function contentsEntries(model: PlaybookModel, t: TFunction, includeNotes = false): { key: string; title: string }[] {
  return [
    ...model.sections.map((section) => ({ key: section.key, title: stepTitle(section.stepId, t) })),
    ...(includeNotes && model.otherNotes.length > 0 ? [{ key: 'otherNotes', title: t('playbook:document.otherNotes') }] : []),
    ...(model.generic.problems ? [{ key: 'problems', title: t('playbook:document.problems.title') }] : []),
    ...(model.generic.signOff ? [{ key: 'signoff', title: t('playbook:document.signOff.title') }] : []),
    ...(model.participants.length > COVER_PARTICIPANTS ? [{ key: 'participants', title: t('playbook:document.appendix.participants') }] : []),
  ];
}

/**
 * The level of the cover's title. The printed playbook is a document of its own: the client's name
 * is its h1, the document title (and the top of the PDF's outline). In the app's preview the page
 * already has its h1 (the app's name in the header), so the cover's title is a level below it.
 */
export type CoverHeading = 'h1' | 'h2';

function Cover({ workspace, model, heading: Heading }: { workspace: Workspace; model: PlaybookModel; heading: CoverHeading }) {
  const { t } = useTranslation('playbook', { lng: workspace.language });
  const { consultant } = playbookSettingsOf(workspace);
  const facts: [string, string][] = [
    [t('document.date'), model.date ? formatDate(model.date, workspace.language) : ''],
    [t('document.facilitator'), model.facilitator],
    [t('document.location'), model.location],
  ];
  return (
    <section className="pb-cover" aria-label={t('document.kicker')}>
      <div className="pb-cover__band" data-pb-keep>
        {consultant.logo || consultant.firmName ? (
          <div className="pb-cover__brand">
            {consultant.logo ? <img className="pb-cover__logo" src={`data:${consultant.logo.mediaType};base64,${consultant.logo.data}`} alt={consultant.firmName} /> : null}
            {consultant.firmName ? <p className="pb-cover__firm">{t('document.preparedByFirm', { firm: consultant.firmName })}</p> : null}
          </div>
        ) : null}
        <p className="pb-cover__kicker">{t('document.kicker')}</p>
        <Heading className="pb-cover__client">{model.clientCompany || model.title}</Heading>
        <p className="pb-cover__title">{model.title}</p>
        <p className="pb-cover__subtitle">{t('document.subtitle')}</p>
      </div>
      <dl className="pb-cover__facts" data-pb-keep>
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {model.participants.length > COVER_PARTICIPANTS ? (
        <p className="pb-cover__label">{t('document.participantsMore', { count: model.participants.length })}</p>
      ) : model.participantsByTeam.length > 0 ? (
        <div className="pb-cover__people">
          <p className="pb-cover__label" data-pb-keep-next>
            {t('document.participants')}
          </p>
          <div className="pb-cover__teams">
            {model.participantsByTeam.map(({ team, members }) => (
              <div key={team} className="pb-cover__team" data-pb-keep>
                <p className="pb-cover__team-name">{t(`common:teams.${team}`)}</p>
                <ul>
                  {members.map((member) => (
                    <li key={member.id}>
                      <span className="pb-cover__person">{member.name}</span>
                      {member.title ? <span className="pb-cover__role">{member.title}</span> : null}
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </div>
      ) : null}
    </section>
  );
}
