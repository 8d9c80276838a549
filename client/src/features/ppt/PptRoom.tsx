import type { Room, RoomSummary } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { errorMessageKey } from '../../lib/api-error.ts';
import { toLanguage } from '../../lib/language.ts';
import { formatDate, formatTimeRange } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useMe } from '../../lib/session.tsx';
import { CallSetup } from '../call/CallSetup.tsx';
import { LobbyGate } from '../lobby/LobbyGate.tsx';
import { fetchSummary } from './api.ts';
import { MeetingStage } from './MeetingStage.tsx';
import { PptPrejoin } from './PptPrejoin.tsx';
import { saveSessionProfile, type EnterProfile } from './remembered-profile.ts';
import { SummaryView } from './SummaryView.tsx';
import { useFreshRoom } from './use-fresh-room.ts';
import { useAgendaPreview, usePptSession } from './use-ppt-session.ts';

/** A PPT occurrence room: prejoin, then (past the lobby) the meeting stage, then the summary. */
export function PptRoom({ room }: { room: RoomSummary }) {
  const [profile, setProfile] = useState<EnterProfile | undefined>();
  const navigate = useNavigate();
  const me = useMe();
  const preview = useAgendaPreview(room.id);
  // Only the prejoin page reads the fresh copy; on the stage, room:updated keeps everyone current.
  const waitingRoom = useFreshRoom(room, !profile);
  if (!profile && preview?.phase === 'ended') return <EndedSummary room={room} />;
  if (!profile) {
    return (
      <>
        <PptPrejoin
          room={waitingRoom}
          preview={preview}
          onJoin={(p) => {
            saveSessionProfile(p);
            setProfile(p);
          }}
        />
        <CallSetup userId={me.user.id} />
      </>
    );
  }
  return (
    <LobbyGate roomId={room.id}>
      <PptSession
        room={room}
        profile={profile}
        onLeave={() => {
          setProfile(undefined);
          void navigate('/');
        }}
      />
    </LobbyGate>
  );
}

function PptSession({
  room,
  profile,
  onLeave,
}: {
  room: RoomSummary;
  profile: EnterProfile;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  const { connection, model, retry, resync } = usePptSession(room.id, profile);

  if (connection.status === 'failed') {
    return (
      <Alert
        action={
          <Button variant="primary" onClick={retry}>
            {t('common.retry')}
          </Button>
        }
      >
        {t(errorMessageKey(connection.error))}
      </Alert>
    );
  }
  if (connection.status === 'joining' || !model.state) return <Loading />;
  if (model.summary)
    return <SummaryView roomId={room.id} summary={model.summary} items={model.state.items} />;
  if (model.state.phase === 'ended') return <EndedSummary room={room} />;
  return (
    <>
      <ScheduleNotice opened={room} current={connection.room.room} />
      <MeetingStage
        state={model.state}
        clockOffsetMs={model.clockOffsetMs}
        room={connection.room}
        onLeave={onLeave}
        onResync={resync}
      />
    </>
  );
}

/** Tells those already on the stage that the organiser cancelled or moved this occurrence meanwhile. */
function ScheduleNotice({ opened, current }: { opened: RoomSummary; current: Room }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  if (current.status === 'closed') return <Alert tone="info">{t('stage.schedule.cancelled')}</Alert>;
  if (current.startsAt === undefined || current.startsAt === opened.startsAt) return null;
  const when = `${formatDate(current.startsAt, language)} ${formatTimeRange(current.startsAt, current.durationMinutes, language)}`;
  return <Alert tone="info">{t('stage.schedule.moved', { when })}</Alert>;
}

/** Opened after the session ended: the filed summary comes over REST. */
function EndedSummary({ room }: { room: RoomSummary }) {
  const { resource, reload } = useResource(`summary:${room.id}`, (signal) => fetchSummary(room.id, signal));
  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') {
    return <LoadError error={resource.error} onRetry={reload} />;
  }
  return <SummaryView roomId={room.id} summary={resource.data} />;
}
