import { PenLine, Plus, Trash2 } from 'lucide-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EditOp } from '../../contract/edit';
import type { Workspace } from '../../contract/workspace';
import { addSigner, removeSigner, setSignOffField, updateSigner } from '../../domain/actions-edits';
import { signAgreement, type SignOffBlocker } from '../../domain/versioning';
import { Dialog } from '../kit/Dialog';
import { useStepHost } from '../kit/host';
import { TextField } from '../kit/TextField';
import { PersonSelect, useSend } from './ActionsSection';
import { FIRST_REVIEW_FIELD_ID } from './ChecksPanel';
import type { AgreementFacts } from './facts';
import { newId } from './use-agreement';
import { VersionHistoryTable } from './VersionHistoryTable';
import { changeText, type Words } from './words';

type Edit = (ops: EditOp[], options?: { coalesceKey?: string }) => void;

/** The sign-off: sponsor, signers, first review; the version, what blocks signing, and signing itself. */
export function SignOffSection({ workspace, facts, words, edit }: { workspace: Workspace; facts: AgreementFacts; words: Words; edit: Edit }) {
  const { t } = useTranslation('actionsSignOff');
  const { notify } = useStepHost();
  const send = useSend(edit);
  const headingId = useId();
  const sponsorId = useId();
  const [signing, setSigning] = useState(false);
  const { slice, workshop, state, blockers } = facts;
  const leadership = workshop.participants.filter((p) => p.team === 'leadership');
  const unused = workshop.participants.filter((p) => !slice.signOff.signers.some((s) => s.participantId === p.id));
  const versionText =
    state.status === 'final' && state.signed ? t('agreement.final', { version: state.version, date: words.format.date(state.signed.signedDate) }) : t('agreement.draft', { version: state.version });

  return (
    <section className="step-section agreement-signoff" aria-labelledby={headingId} id="actions-sign-off-signoff">
      <div className="agreement-section__head">
        <h3 id={headingId}>{t('signOff.title')}</h3>
        <p className={`agreement-version agreement-version--${state.status}`} data-testid="agreement-version">
          {versionText}
        </p>
      </div>
      <div className="details-grid">
        <div className="field">
          <label htmlFor={sponsorId}>{t('signOff.sponsor')}</label>
          <PersonSelect id={sponsorId} label={t('signOff.sponsor')} empty={t('signOff.noSponsor')} value={slice.signOff.sponsorId} people={leadership} onChange={(id) => send(setSignOffField(slice, 'sponsorId', id))} />
        </div>
        <div className="field">
          <label htmlFor={FIRST_REVIEW_FIELD_ID}>{t('signOff.firstReview')}</label>
          <input id={FIRST_REVIEW_FIELD_ID} type="date" value={slice.signOff.firstReviewDate} onChange={(event) => send(setSignOffField(slice, 'firstReviewDate', event.target.value))} />
        </div>
      </div>

      <h4 className="agreement-subhead">{t('signOff.signers')}</h4>
      {slice.signOff.signers.length === 0 ? <p className="empty">{t('signOff.noSigners')}</p> : null}
      <ol className="agreement-signers">
        {slice.signOff.signers.map((signer, index) => {
          const n = index + 1;
          return (
            <li key={signer.id} className="agreement-signer">
              <PersonSelect
                label={t('signOff.signerOf', { n })}
                empty={t('signOff.chooseSigner')}
                value={signer.participantId}
                people={workshop.participants}
                onChange={(participantId) => participantId && send(updateSigner(slice, signer.id, { participantId }))}
              />
              <TextField label={t('signOff.roleOf', { n })} hideLabel placeholder={t('markdown.role')} value={signer.role} maxLength={200} onCommit={(role) => send(updateSigner(slice, signer.id, { role }), `signer-role-${signer.id}`)} />
              <button type="button" className="icon-button icon-button--danger" aria-label={t('signOff.removeSigner', { n })} title={t('signOff.removeSigner', { n })} onClick={() => send(removeSigner(slice, signer.id))}>
                <Trash2 aria-hidden="true" size={16} />
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button" disabled={unused.length === 0} onClick={() => send(addSigner(slice, { id: newId('signer'), participantId: unused[0]!.id, role: '' }))}>
        <Plus aria-hidden="true" size={16} />
        {t('signOff.addSigner')}
      </button>

      <Blockers blockers={blockers} />
      {state.status === 'final' && state.signed ? <p className="form__hint">{t('signOff.unchanged', { version: state.version })}</p> : null}
      <div className="form__actions">
        <button type="button" className="button button--primary" disabled={blockers.length > 0 || state.status === 'final'} onClick={() => setSigning(true)}>
          <PenLine aria-hidden="true" size={16} />
          {t('signOff.sign', { version: state.version })}
        </button>
      </div>

      {state.status === 'draft' && state.signed ? (
        <div className="agreement-changes">
          <h4 className="agreement-subhead">{t('signOff.changesSince', { version: state.signed.version })}</h4>
          <ul data-testid="change-log">
            {state.changes.map((entry, i) => (
              <li key={i}>{changeText(words, entry)}</li>
            ))}
          </ul>
          {state.decisionsSince.length > 0 ? (
            <>
              <h4 className="agreement-subhead">{t('signOff.decisionsSince', { version: state.signed.version })}</h4>
              <ul>
                {state.decisionsSince.map((d) => (
                  <li key={d.id}>{d.decision}</li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}

      {slice.versions.length > 0 ? (
        <>
          <h4 className="agreement-subhead">{t('signOff.history')}</h4>
          <VersionHistoryTable versions={slice.versions} words={words} className="agreement-table agreement-table--compact" />
        </>
      ) : null}

      <SignDialog
        open={signing}
        version={state.version}
        onClose={() => setSigning(false)}
        onSign={(date) => {
          const change = signAgreement(workspace, { id: newId('version'), date }, facts.coverage);
          setSigning(false);
          if (!change.ok) {
            notify({ tone: 'error', message: t('errors.invalid') });
            return;
          }
          edit(change.ops);
          notify({ tone: 'info', message: t('signOff.signed', { version: change.version.version }) });
        }}
      />
    </section>
  );
}

function Blockers({ blockers }: { blockers: SignOffBlocker[] }) {
  const { t } = useTranslation('actionsSignOff');
  if (blockers.length === 0) return null;
  return (
    <div className="agreement-blockers" data-testid="sign-off-blockers">
      <p>{t('signOff.blocked')}</p>
      <ul>
        {blockers.map((blocker, i) => (
          <li key={i}>{blocker.code === 'open_problems' ? t('signOff.blockers.open_problems', { count: blocker.count }) : t(`signOff.blockers.${blocker.code}`)}</li>
        ))}
      </ul>
    </div>
  );
}

function SignDialog({ open, version, onClose, onSign }: { open: boolean; version: string; onClose: () => void; onSign: (date: string) => void }) {
  const { t } = useTranslation('actionsSignOff');
  const dateId = useId();
  const today = new Date();
  const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const [date, setDate] = useState(local);
  return (
    <Dialog open={open} title={t('signOff.signTitle', { version })} description={t('signOff.signDescription')} onClose={onClose}>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          if (/^\d{4}-\d{2}-\d{2}$/.test(date)) onSign(date);
        }}
      >
        <div className="field">
          <label htmlFor={dateId}>{t('signOff.signDate')}</label>
          <input id={dateId} type="date" required value={date} onChange={(event) => setDate(event.target.value)} />
        </div>
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('signOff.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {t('signOff.confirm')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
