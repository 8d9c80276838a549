import type { Consult } from '@konsiili/shared';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatPane } from '../features/chat/ChatPane.tsx';
import { useRoomConnection } from '../features/rooms/use-room-connection.ts';
import { errorMessageKey, isApiError } from '../lib/api-error.ts';
import { Alert } from '../ui/Alert.tsx';
import { Button } from '../ui/Button.tsx';
import { Loading } from '../ui/Loading.tsx';

const noop = () => undefined;

/**
 * A consultation's written thread: the chat of its e_consultation room, joined as soon as the page opens.
 * Lives in app/ because it composes two features (rooms and chat) for a third (consults).
 */
export function ConsultThread({ consult }: { consult: Consult }) {
  const { t } = useTranslation();
  const { connection, join } = useRoomConnection(consult.roomId);

  useEffect(() => {
    join();
  }, [join]);

  // The pool sees a request before anyone owns it and the room refuses them; once they take part (the
  // owner changes) the server lets them in, so a refused join is tried again then, and only then.
  const hasFailed = connection.status === 'failed';
  const hasFailedRef = useRef(hasFailed);
  useEffect(() => {
    hasFailedRef.current = hasFailed;
  }, [hasFailed]);
  const ownerId = consult.ownerId;
  useEffect(() => {
    if (hasFailedRef.current) join();
  }, [join, ownerId]);

  if (connection.status === 'prejoin' || connection.status === 'joining') return <Loading />;
  if (connection.status === 'failed') {
    if (isApiError(connection.error) && connection.error.code === 'FORBIDDEN') {
      return <p className="field__hint">{t('consults.detail.threadClosed')}</p>;
    }
    return (
      <Alert action={<Button onClick={join}>{t('common.retry')}</Button>}>
        {t(errorMessageKey(connection.error))}
      </Alert>
    );
  }
  return (
    <ChatPane
      roomId={consult.roomId}
      me={connection.snapshot.me}
      members={connection.snapshot.members}
      isModerator={false}
      isVisible
      onUnreadChange={noop}
    />
  );
}
