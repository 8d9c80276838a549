import type { PresentMember, UserId } from '@konsiili/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { tilesOf } from '../../lib/media/tiles.ts';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import '../../ui/call.css';
import { moderationApi } from './api.ts';
import { CallModeration } from './CallModeration.tsx';
import { CallNotices } from './CallNotices.tsx';
import { CallTile } from './CallTile.tsx';
import { usePeople } from './people.ts';
import type { Call } from './use-call.ts';

/**
 * The call's part of a room page: notices, the chair's controls and the grid. The presenter of the
 * current case (and any shared screen) is shown large; the active speaker gets an outline.
 */
export function CallStage(props: {
  call: Call;
  members: readonly PresentMember[];
  isModerator: boolean;
  presenterId?: UserId | undefined;
}) {
  const { t } = useTranslation();
  const { call, members, presenterId } = props;
  const person = usePeople(members);
  const [announcement, setAnnouncement] = useState('');
  const online = useMemo(() => members.filter((m) => m.isOnline).map((m) => m.userId), [members]);
  const tiles = tilesOf({ state: call.state, myUserId: call.myUserId, people: online, presenterId });

  const moderate = async (userId: UserId, source: 'mic' | 'camera') => {
    const outcome = await moderationApi.mute(call.roomId, userId, source);
    const name = person(userId).name;
    setAnnouncement(
      outcome.ok
        ? t(source === 'mic' ? 'call.moderation.muted' : 'call.moderation.videoStopped', { name })
        : t(outcome.error.code === 'FORBIDDEN' ? 'call.notices.forbidden' : 'call.notices.failed'),
    );
  };

  return (
    <section className="call" aria-label={t('call.region')}>
      <CallNotices call={call} isModerator={props.isModerator} />
      {props.isModerator ? (
        <CallModeration
          call={call}
          presenterId={presenterId}
          presenterName={presenterId ? person(presenterId).name : undefined}
        />
      ) : null}
      <LiveRegion isVisuallyHidden>{announcement}</LiveRegion>
      <ul className="call-grid plain-list" aria-label={t('call.grid')}>
        {tiles.map((tile) => (
          <CallTile
            key={tile.key}
            tile={tile}
            person={person(tile.userId)}
            localVideo={call.state.local.camera.track}
            canModerate={props.isModerator}
            onModerate={(source) => void moderate(tile.userId, source)}
            onLayer={call.setPreferredLayer}
          />
        ))}
      </ul>
    </section>
  );
}
