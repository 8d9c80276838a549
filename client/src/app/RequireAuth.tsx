import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { errorMessageKey } from '../lib/api-error.ts';
import { useSession } from '../lib/session.tsx';
import { Alert } from '../ui/Alert.tsx';
import { Button } from '../ui/Button.tsx';
import { Loading } from '../ui/Loading.tsx';

/** Renders its children only for a signed-in user; everyone else goes to /login and comes back after. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { state, retry } = useSession();
  const location = useLocation();

  if (state.status === 'loading') {
    return (
      <div className="gate">
        <Loading />
      </div>
    );
  }
  if (state.status === 'error') {
    return (
      <div className="gate">
        <Alert
          action={
            <Button variant="primary" onClick={retry}>
              {t('common.retry')}
            </Button>
          }
        >
          {t(errorMessageKey(state.error))}
        </Alert>
      </div>
    );
  }
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to="/login" replace state={{ from }} />;
  }
  return children;
}
