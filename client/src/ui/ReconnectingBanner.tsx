import { useTranslation } from 'react-i18next';
import { useConnectionState } from '../lib/socket.ts';
import { LiveRegion } from './LiveRegion.tsx';

/** Says so while the socket is retrying, and disappears by itself when it is back. */
export function ReconnectingBanner() {
  const { t } = useTranslation();
  const state = useConnectionState();
  return (
    <LiveRegion className="reconnecting-region">
      {state === 'reconnecting' ? (
        <p className="reconnecting-banner">
          <span className="reconnecting-banner__icon" aria-hidden="true">
            ⟳
          </span>
          {t('connection.reconnecting')}
        </p>
      ) : null}
    </LiveRegion>
  );
}
