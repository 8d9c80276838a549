import { RoomId, RoomKind, type RoomSummary } from '@konsiili/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey, isApiError } from '../../lib/api-error.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchRoom } from './api.ts';
import { PiiReminder } from './PiiReminder.tsx';
import { PrejoinCard } from './PrejoinCard.tsx';
import { Roster } from './Roster.tsx';
import { useRoomConnection } from './use-room-connection.ts';

/** Renders a PPT occurrence room (prejoin, stage, summary); passed in by the router, which knows both features. */
export type RenderPptSession = (room: RoomSummary) => ReactNode;

/** /rooms/:roomId — prejoin card, then the joined room with its roster; PPT rooms get the meeting stage. */
export function RoomPage({ renderPptSession }: { renderPptSession?: RenderPptSession }) {
  const { t } = useTranslation();
  const params = useParams();
  const roomId = RoomId.safeParse(params.roomId);
  if (!roomId.success) {
    return (
      <MessagePage
        title={t('room.notFoundTitle')}
        action={<LinkButton to="/">{t('common.toHome')}</LinkButton>}
      >
        <p>{t('room.notFoundBody')}</p>
      </MessagePage>
    );
  }
  return <RoomLoader key={roomId.data} roomId={roomId.data} renderPptSession={renderPptSession} />;
}

function RoomLoader({
  roomId,
  renderPptSession,
}: {
  roomId: RoomId;
  renderPptSession: RenderPptSession | undefined;
}) {
  const { t } = useTranslation();
  const { resource, reload } = useResource(`room:${roomId}`, (signal) => fetchRoom(roomId, signal));

  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') {
    const code = isApiError(resource.error) ? resource.error.code : undefined;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
      return (
        <MessagePage
          title={t(code === 'FORBIDDEN' ? 'room.forbiddenTitle' : 'room.notFoundTitle')}
          action={<LinkButton to="/">{t('common.toHome')}</LinkButton>}
        >
          <p>{t(code === 'FORBIDDEN' ? 'room.forbiddenBody' : 'room.notFoundBody')}</p>
        </MessagePage>
      );
    }
    return <LoadError error={resource.error} onRetry={reload} />;
  }
  if (resource.data.kind === RoomKind.PPT_SESSION && renderPptSession) {
    return <PptRoomFrame room={resource.data}>{renderPptSession(resource.data)}</PptRoomFrame>;
  }
  return <RoomView room={resource.data} />;
}

function PptRoomFrame({ room, children }: { room: RoomSummary; children: ReactNode }) {
  const { t } = useTranslation();
  usePageTitle(room.title);
  return (
    <div className="page room room--ppt">
      <div className="page__header">
        <p className="page__eyebrow">{t(`roomKinds.${room.kind}`)}</p>
        <h1>{room.title}</h1>
      </div>
      {children}
    </div>
  );
}

function RoomView({ room }: { room: RoomSummary }) {
  const { t } = useTranslation();
  usePageTitle(room.title);
  const navigate = useNavigate();
  const { connection, join, leave } = useRoomConnection(room.id);

  return (
    <div className="page room">
      <div className="page__header">
        <p className="page__eyebrow">{t(`roomKinds.${room.kind}`)}</p>
        <h1>{room.title}</h1>
      </div>

      {connection.status === 'prejoin' || connection.status === 'joining' ? (
        <PrejoinCard room={room} isJoining={connection.status === 'joining'} onJoin={join} />
      ) : null}

      {connection.status === 'failed' ? (
        <Alert
          action={
            <Button variant="primary" onClick={join}>
              {t('common.retry')}
            </Button>
          }
        >
          {t(errorMessageKey(connection.error))}
        </Alert>
      ) : null}

      {connection.status === 'joined' ? (
        <>
          <div className="room__bar">
            <PiiReminder />
            <Button
              onClick={() => {
                leave();
                void navigate('/');
              }}
            >
              {t('room.leave')}
            </Button>
          </div>
          <Roster members={connection.snapshot.members} myUserId={connection.snapshot.me.userId} />
        </>
      ) : null}
    </div>
  );
}
