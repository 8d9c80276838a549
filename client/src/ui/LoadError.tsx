import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../lib/api-error.ts';
import { Alert } from './Alert.tsx';
import { Button } from './Button.tsx';

/** What a page shows when its data did not load: the reason in the user's words, and a way to try again. */
export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert action={<Button onClick={onRetry}>{t('common.retry')}</Button>}>{t(errorMessageKey(error))}</Alert>
  );
}
