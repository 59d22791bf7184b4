import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_CONSULTANT, LOGO_MAX_BYTES, type Consultant, type Logo, type LogoMediaType } from '../../contract/consultant';
import { checkLogo, encodeBase64 } from '../../contract/logo';
import { Dialog } from '../../steps/kit/Dialog';
import { call } from '../api/client';

/**
 * The consultant's own settings, from the home screen: the firm's name, its logo (PNG or SVG,
 * checked here with the service's own rules so the reason shows at once, and checked again by the
 * service) and the playbook's accent colour. Every new workspace starts with them; a workspace
 * keeps its own copy, so changing them later does not change a playbook already delivered.
 */
export function ConsultantDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('home');
  const ids = { firm: useId(), logo: useId(), accent: useId(), error: useId() };
  const [values, setValues] = useState<Consultant>(DEFAULT_CONSULTANT);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open) return;
    void call('settings.get', {}).then((settings) => {
      setError(null);
      setValues(settings.consultant);
    });
  }, [open]);

  async function chooseLogo(file: File | undefined) {
    if (!file) return;
    const mediaType: LogoMediaType | null = file.type === 'image/png' || /\.png$/i.test(file.name) ? 'image/png' : file.type === 'image/svg+xml' || /\.svg$/i.test(file.name) ? 'image/svg+xml' : null;
    if (!mediaType) return setError(t('consultant.logoErrors.type'));
    if (file.size > LOGO_MAX_BYTES) return setError(t('consultant.logoErrors.too_large', { kb: Math.round(LOGO_MAX_BYTES / 1024) }));
    const logo: Logo = { mediaType, data: encodeBase64(new Uint8Array(await file.arrayBuffer())) };
    const checked = checkLogo(logo);
    if (!checked.ok) return setError(t(`consultant.logoErrors.${checked.reason}`, { kb: Math.round(LOGO_MAX_BYTES / 1024) }));
    setError(null);
    setValues((current) => ({ ...current, logo: checked.logo }));
  }

  async function save() {
    setSaving(true);
    try {
      await call('settings.consultant', values);
      onClose();
    } catch {
      setError(t('consultant.saveFailed'));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Dialog open={open} title={t('consultant.title')} description={t('consultant.intro')} onClose={onClose}>
      <form
        className="form consultant-form"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <div className="field">
          <label htmlFor={ids.firm}>{t('consultant.firmName')}</label>
          <input id={ids.firm} maxLength={120} value={values.firmName} onChange={(event) => setValues({ ...values, firmName: event.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={ids.logo}>{t('consultant.logo')}</label>
          <input id={ids.logo} type="file" accept=".png,.svg,image/png,image/svg+xml" aria-describedby={error ? ids.error : undefined} onChange={(event) => void chooseLogo(event.target.files?.[0])} />
          {values.logo ? (
            <div className="consultant-form__logo">
              <img src={`data:${values.logo.mediaType};base64,${values.logo.data}`} alt={t('consultant.logoPreview')} />
              <button type="button" className="button" onClick={() => setValues({ ...values, logo: null })}>
                {t('consultant.removeLogo')}
              </button>
            </div>
          ) : (
            <p className="field__hint">{t('consultant.logoHint', { kb: Math.round(LOGO_MAX_BYTES / 1024) })}</p>
          )}
        </div>
        <div className="field">
          <label htmlFor={ids.accent}>{t('consultant.accent')}</label>
          <input id={ids.accent} type="color" value={values.accent} onChange={(event) => setValues({ ...values, accent: event.target.value })} />
        </div>
        {error ? (
          <p id={ids.error} className="message message--error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('consultant.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {t('consultant.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
