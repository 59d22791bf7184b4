import { CircleCheck, Info, OctagonAlert, TriangleAlert, type LucideIcon } from 'lucide-react';
import { useId } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../contract/workspace';
import { RACI_SEVERITIES, type RaciFinding, type RaciSeverity } from '../../domain/raci';
import type { RaciMatrix } from '../../domain/raci-schema';
import { findingText } from './text';

/**
 * How a finding shows, everywhere: an icon of its own shape per severity and the severity in
 * words beside it, so nothing is said by colour alone (the colour only repeats it).
 */
const ICONS: Record<RaciSeverity, LucideIcon> = { error: OctagonAlert, warning: TriangleAlert, info: Info };

/** The most severe of some findings, or null when there are none. */
export function worstSeverity(findings: readonly RaciFinding[]): RaciSeverity | null {
  return RACI_SEVERITIES.find((severity) => findings.some((f) => f.severity === severity)) ?? null;
}

/** A severity's icon and word, for a row or column head in the grid; `title` gives the findings' text on hover. */
export function SeverityBadge({ severity, t, title }: { severity: RaciSeverity; t: TFunction; title?: string }) {
  const Icon = ICONS[severity];
  return (
    <span className={`raci-badge raci-badge--${severity}`} title={title}>
      <Icon aria-hidden="true" size="1em" />
      <span>{t(`severity.${severity}`)}</span>
    </span>
  );
}

interface FindingsListProps {
  matrix: RaciMatrix;
  findings: readonly RaciFinding[];
  t: TFunction;
  language: Language;
  /** Heading level: h3 in the editor, h2 on the projector. */
  level?: 2 | 3;
  className?: string;
  /** The heading's text ("Findings" by default). */
  title?: string;
}

/** The findings, most severe first, each with its icon and severity in words; a clear "no findings" once fixed. */
export function FindingsList({ matrix, findings, t, language, level = 3, className = '', title }: FindingsListProps) {
  const headingId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className={`raci-findings ${className}`} aria-labelledby={headingId}>
      <Heading id={headingId} className="raci-findings__title">
        {title ?? t('findings.title')} <span className="count">({findings.length})</span>
      </Heading>
      <div aria-live="polite">
        {findings.length === 0 ? (
          <p className="raci-findings__none">
            <CircleCheck aria-hidden="true" size="1.2em" />
            <span>{t('findings.none')}</span>
          </p>
        ) : (
          <ul className="raci-findings__list">
            {findings.map((finding) => {
              const Icon = ICONS[finding.severity];
              const key = `${finding.kind}:${'activityId' in finding ? finding.activityId : finding.roleId}`;
              return (
                <li key={key} className={`raci-finding raci-finding--${finding.severity}`}>
                  <Icon aria-hidden="true" size="1.2em" className="raci-finding__icon" />
                  <span>
                    <strong className="raci-finding__severity">{t(`severity.${finding.severity}`)}:</strong> {findingText(finding, matrix, t, language)}
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </section>
  );
}
