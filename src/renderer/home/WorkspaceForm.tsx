import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { clientCompanySchema, languageSchema, workspaceNameSchema, type Language } from '../../contract/workspace';
import { CURRENCIES } from '../../steps/kit/format';

export interface WorkspaceFormValues {
  name: string;
  clientCompany: string;
  language: Language;
  currency: string;
}

interface WorkspaceFormProps {
  initial: WorkspaceFormValues;
  submitLabel: string;
  /** Only the name (rename), or every field (create). */
  fields: 'name' | 'all';
  busy?: boolean;
  onSubmit: (values: WorkspaceFormValues) => void;
  onCancel: () => void;
}

/** The create and rename form: labelled fields, errors shown where they are, nothing lost. */
export function WorkspaceForm({ initial, submitLabel, fields, busy, onSubmit, onCancel }: WorkspaceFormProps) {
  const { t } = useTranslation('home');
  const [values, setValues] = useState(initial);
  const [tried, setTried] = useState(false);
  const ids = { name: useId(), client: useId(), language: useId(), currency: useId(), nameError: useId(), clientError: useId() };

  const nameError = workspaceNameSchema.safeParse(values.name).success ? null : values.name.trim() === '' ? t('form.nameRequired') : t('form.nameTooLong');
  const clientError = clientCompanySchema.safeParse(values.clientCompany).success ? null : t('form.clientTooLong');

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (nameError || (fields === 'all' && clientError)) return;
    onSubmit({ ...values, name: values.name.trim(), clientCompany: values.clientCompany.trim() });
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={ids.name}>{t('form.name')}</label>
        <input
          id={ids.name}
          value={values.name}
          autoFocus
          aria-invalid={tried && nameError ? true : undefined}
          aria-describedby={tried && nameError ? ids.nameError : undefined}
          onChange={(event) => setValues({ ...values, name: event.target.value })}
        />
        {tried && nameError ? (
          <p id={ids.nameError} className="field__error">
            {nameError}
          </p>
        ) : null}
      </div>
      {fields === 'all' ? (
        <>
          <div className="field">
            <label htmlFor={ids.client}>{t('form.clientCompany')}</label>
            <input
              id={ids.client}
              value={values.clientCompany}
              aria-invalid={tried && clientError ? true : undefined}
              aria-describedby={tried && clientError ? ids.clientError : undefined}
              onChange={(event) => setValues({ ...values, clientCompany: event.target.value })}
            />
            {tried && clientError ? (
              <p id={ids.clientError} className="field__error">
                {clientError}
              </p>
            ) : null}
          </div>
          <div className="field-row">
            <div className="field">
              <label htmlFor={ids.language}>{t('form.language')}</label>
              <select
                id={ids.language}
                value={values.language}
                onChange={(event) => setValues({ ...values, language: languageSchema.parse(event.target.value) })}
              >
                <option value="da">{t('common:languages.da')}</option>
                <option value="en">{t('common:languages.en')}</option>
              </select>
            </div>
            <div className="field">
              <label htmlFor={ids.currency}>{t('form.currency')}</label>
              <select id={ids.currency} value={values.currency} onChange={(event) => setValues({ ...values, currency: event.target.value })}>
                {CURRENCIES.map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <p className="form__hint">{t('form.languageHint')}</p>
        </>
      ) : null}
      <div className="form__actions">
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('common:cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
