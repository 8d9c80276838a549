import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { fetchClientReference } from './api.ts';

/** The identified client's reference, fetched only when a party asks for it; the server logs each view. */
export function ClientReference({ consultId }: { consultId: string }) {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [isLoading, setIsLoading] = useState(false);

  async function reveal() {
    setIsLoading(true);
    try {
      setReference(await fetchClientReference(consultId));
      setFailure(undefined);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsLoading(false);
    }
  }

  return (
    <div className="client-reference">
      <p className="field__hint">{t('consults.reference.logged')}</p>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      {reference === undefined ? (
        <Button onClick={() => void reveal()} disabled={isLoading}>
          {t('consults.reference.show')}
        </Button>
      ) : (
        <p className="client-reference__value" role="status">
          <span className="client-reference__label">{t('consults.reference.label')}</span>{' '}
          <strong>{reference}</strong>{' '}
          <Button
            variant="quiet"
            onClick={() => {
              setReference(undefined);
            }}
          >
            {t('consults.reference.hide')}
          </Button>
        </p>
      )}
    </div>
  );
}
