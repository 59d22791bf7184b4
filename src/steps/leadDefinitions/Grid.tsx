import { useTranslation } from 'react-i18next';
import { ENGAGEMENT_BANDS, FIT_BANDS, scoreNumber, type Calibration } from '../../domain/lead-scoring';
import { leadFormat } from './format';
import { pointsText } from './markdown';

/**
 * The fit A/B/C × engagement 1/2/3 grid with the sample leads in each cell, by outcome: where
 * the won leads sit and where the lost ones do, at a glance.
 */
export function GridTable({ calibration, large = false, lng }: { calibration: Calibration; large?: boolean; lng?: 'da' | 'en' }) {
  const { t } = useTranslation('leadDefinitions', lng ? { lng } : undefined);
  return (
    <table className={`lead-grid ${large ? 'lead-grid--large' : ''}`}>
      <caption>{t('editor.grid.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('markdown.fitEngagement')}</th>
          {ENGAGEMENT_BANDS.map((band) => (
            <th key={band} scope="col">
              {band}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {FIT_BANDS.map((fit) => (
          <tr key={fit}>
            <th scope="row">{fit}</th>
            {ENGAGEMENT_BANDS.map((band) => {
              const counts = calibration.grid[`${fit}${band}`]!;
              const total = counts.won + counts.lost + counts['no-decision'];
              return (
                <td key={band} className={`lead-grid__cell lead-grid__cell--${fit}${band}`} aria-label={t('editor.grid.cellLabel', { cell: `${fit}${band}`, won: counts.won, lost: counts.lost, open: counts['no-decision'] })}>
                  {total === 0 ? (
                    <span className="lead-grid__empty" aria-hidden="true">
                      –
                    </span>
                  ) : (
                    <span aria-hidden="true" className="lead-grid__counts">
                      <span className="lead-count lead-count--won">{t('editor.grid.won', { count: counts.won })}</span>
                      <span className="lead-count lead-count--lost">{t('editor.grid.lost', { count: counts.lost })}</span>
                      {counts['no-decision'] > 0 ? <span className="lead-count lead-count--open">{t('editor.grid.open', { count: counts['no-decision'] })}</span> : null}
                    </span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The leads the threshold misjudges: won ones below it, lost ones above it. */
export function MisjudgedList({ calibration, language, limit }: { calibration: Calibration; language?: 'da' | 'en'; limit?: number }) {
  const { t, i18n } = useTranslation('leadDefinitions', language ? { lng: language } : undefined);
  const f = leadFormat(language ?? (i18n.language === 'da' ? 'da' : 'en'));
  if (calibration.misjudged.length === 0) return <p className="lead-misjudged lead-misjudged--none">{t('editor.misjudgedNone')}</p>;
  const shown = limit === undefined ? calibration.misjudged : calibration.misjudged.slice(0, limit);
  return (
    <div className="lead-misjudged">
      <h4>{t('markdown.misjudged')}</h4>
      <ul>
        {shown.map(({ lead, score, kind }) => (
          <li key={lead.id} className={`lead-misjudged__item lead-misjudged__item--${kind}`}>
            <strong>{lead.company ? `${lead.name}, ${lead.company}` : lead.name}</strong>: {t(`misjudged.${kind}`, { score: pointsText(scoreNumber(score.total), f) })}
          </li>
        ))}
      </ul>
      {shown.length < calibration.misjudged.length ? <p>{t('editor.misjudgedMore', { count: calibration.misjudged.length - shown.length })}</p> : null}
    </div>
  );
}
