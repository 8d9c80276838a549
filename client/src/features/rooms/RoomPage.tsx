import {
  OrgRole,
  RoomId,
  RoomKind,
  type RoomRole,
  type RoomSnapshot,
  type RoomSummary,
} from '@konsiili/shared';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey, isApiError } from '../../lib/api-error.ts';
import { useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { CallButtons } from '../call/CallButtons.tsx';
import { CallSetup } from '../call/CallSetup.tsx';
import { CallStage } from '../call/CallStage.tsx';
import { useCall } from '../call/use-call.ts';
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
  const me = useMe();

  return (
    <div className="page room">
      <div className="page__header">
        <p className="page__eyebrow">{t(`roomKinds.${room.kind}`)}</p>
        <h1>{room.title}</h1>
      </div>

      {connection.status === 'prejoin' || connection.status === 'joining' ? (
        <>
          <PrejoinCard room={room} isJoining={connection.status === 'joining'} onJoin={join} />
          <CallSetup userId={me.user.id} />
        </>
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
          <PiiReminder />
          <RoomCall
            snapshot={connection.snapshot}
            onLeave={() => {
              leave();
              void navigate('/');
            }}
          />
          <Roster members={connection.snapshot.members} myUserId={connection.snapshot.me.userId} />
        </>
      ) : null}
    </div>
  );
}

/** Who moderates the call of an e-consultation or a Kela hour (the server's policy decides; this only shows the controls). */
const CALL_MODERATOR_ROLES: readonly RoomRole[] = ['owner', 'kela_liaison', 'chair', 'deputy_chair'];

/** The call of a non-PPT room, with the room's bottom bar: mic, camera, share screen, then leave. */
function RoomCall({ snapshot, onLeave }: { snapshot: RoomSnapshot; onLeave: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const call = useCall(snapshot.room.id, snapshot.me.userId);
  const isModerator =
    CALL_MODERATOR_ROLES.includes(snapshot.me.role) ||
    me.user.roles.includes(OrgRole.ADMIN) ||
    me.user.roles.includes(OrgRole.ORGANISER);
  return (
    <>
      <CallStage call={call} members={snapshot.members} isModerator={isModerator} />
      <div className="room__bar" role="group" aria-label={t('call.controls.bar')}>
        <CallButtons call={call} />
        <span className="stage__bar-spacer" />
        <Button onClick={onLeave}>{t('room.leave')}</Button>
      </div>
    </>
  );
}
