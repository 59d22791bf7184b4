import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceError } from '../../contract/errors';

/**
 * Turns a typed service error into a translated sentence: `errors:<code>` with the error's
 * params, and any `reason` that names a damage reason translated as well (home:damage, or
 * errors:damage for the reasons a file is refused before it is read).
 */
export function useErrorText(): (error: ServiceError) => string {
  const { t } = useTranslation(['errors', 'home']);
  return useCallback(
    (error: ServiceError) => {
      const params: Record<string, string | number | boolean> = { ...error.params };
      const reason = error.params['reason'];
      if (typeof reason === 'string') {
        params['reasonText'] = t([`home:damage.${reason}`, `errors:damage.${reason}`], { defaultValue: reason });
      }
      return t(`errors:${error.code}`, params);
    },
    [t],
  );
}
