import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDateTime } from '../../steps/kit/format';
import { useAppStore } from '../stores/app-store';
import { useDocumentStore } from '../stores/document-store';
import { useTakeOver } from './TakeOverLock';

/**
 * Another Samspil took this workspace over (it broke this one's lock): nothing typed here is saved
 * any more, and what was typed since stays beside its field. Taking it back breaks the other's
 * lock in turn (the other is told the same way) and opens the file as the other left it.
 */
export function TakenOverBanner() {
  const { t } = useTranslation('workspace');
  const uiLanguage = useAppStore((state) => state.uiLanguage);
  const error = useDocumentStore((s) => s.saveError);
  const { taking, takeOver } = useTakeOver();
  const since = String(error?.params['since'] ?? '');
  const pid = String(error?.params['pid'] ?? '');
  const host = String(error?.params['host'] ?? '');
  const known = since !== '' && !Number.isNaN(Date.parse(since)) && pid !== '0';
  return (
    <div className="banner banner--warning" role="alert">
      <div>
        <p className="banner__title">{t('takenOver.title')}</p>
        {known ? <p>{t('takenOver.when', { time: formatDateTime(since, uiLanguage), pid, host })}</p> : null}
        <p>{t('takenOver.body')}</p>
      </div>
      <div className="banner__actions">
        <button type="button" className="button button--primary" disabled={taking} onClick={() => takeOver()}>
          {t('takenOver.takeBack')}
        </button>
        <Link href="/" className="button">
          {t('takenOver.back')}
        </Link>
      </div>
    </div>
  );
}
