import { ArrowRight, CheckCircle2, CircleAlert, MinusCircle } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CrossCheckResult } from '../../domain/cross-checks';
import { useStepHost } from '../kit/host';
import type { AgreementFacts } from './facts';
import { checkFix, checkMessage, checkParams, checkTitle, stepTitle, type Words } from './words';

const ICONS = { ok: CheckCircle2, failing: CircleAlert, skipped: MinusCircle } as const;

/** The field of this step a check points to, when the fix is made here. */
export const FIRST_REVIEW_FIELD_ID = 'actions-sign-off-first-review';

/**
 * The checks that tie the steps together, failing ones first: what each found, how to fix it,
 * and a button to the place (the step, and the field when it is on this screen).
 */
export function ChecksPanel({ facts, words }: { facts: AgreementFacts; words: Words }) {
  const { t } = useTranslation('actionsSignOff');
  const { goToStep } = useStepHost();
  const headingId = useId();
  const order = { failing: 0, ok: 1, skipped: 2 } as const;
  const checks = [...facts.checks].sort((a, b) => order[a.status] - order[b.status]);
  const failing = checks.filter((c) => c.status === 'failing').length;

  const goTo = (check: CrossCheckResult) => {
    if (check.place.stepId === 'actionsSignOff') {
      document.getElementById(FIRST_REVIEW_FIELD_ID)?.focus();
      return;
    }
    goToStep(check.place.stepId);
  };

  return (
    <section className="step-section" aria-labelledby={headingId} id="actions-sign-off-checks">
      <h3 id={headingId}>{t('checks.title')}</h3>
      {failing === 0 ? <p className="agreement-status agreement-status--ok">{t('panel.allOk')}</p> : null}
      <ul className="agreement-checks">
        {checks.map((check) => {
          const Icon = ICONS[check.status];
          const fix = checkFix(words, check);
          return (
            <li key={check.id} className={`agreement-check agreement-check--${check.status}`} data-check={check.id} data-status={check.status}>
              <div className="agreement-check__head">
                <Icon aria-hidden="true" size={18} />
                <strong>{checkTitle(words, check)}</strong>
                <span className="agreement-badge">{t(`checks.status.${check.status}`)}</span>
              </div>
              <p>{checkMessage(words, check)}</p>
              {check.findings.length > 0 ? (
                <ul className="agreement-check__findings">
                  {check.findings.map((finding, i) => (
                    <li key={i}>{t(finding.key, checkParams(words, finding.params))}</li>
                  ))}
                </ul>
              ) : null}
              {check.status === 'failing' ? (
                <div className="agreement-check__fix">
                  {fix ? (
                    <p>
                      <strong>{t('markdown.fix')}:</strong> {fix}
                    </p>
                  ) : null}
                  <button type="button" className="button button--small" onClick={() => goTo(check)}>
                    {t('panel.goTo', { step: stepTitle(words, check.place.stepId) })}
                    <ArrowRight aria-hidden="true" size={16} />
                  </button>
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
