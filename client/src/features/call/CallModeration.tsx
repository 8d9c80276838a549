import type { UserId } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { Dialog } from '../../ui/Dialog.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { moderationApi } from './api.ts';
import type { Call } from './use-call.ts';

/**
 * The chair's call controls: mute all (asks once and says who is excepted: the presenter) and the
 * self-unmute lock. Results are announced politely.
 */
export function CallModeration(props: {
  call: Call;
  presenterId?: UserId | undefined;
  presenterName?: string;
}) {
  const { t } = useTranslation();
  const { call } = props;
  const [isAsking, setAsking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const isLocked = call.state.isUnmuteLocked;

  const muteAll = async () => {
    setAsking(false);
    const outcome = await moderationApi.muteAll(call.roomId, props.presenterId ? [props.presenterId] : []);
    setAnnouncement(
      outcome.ok
        ? t('call.moderation.mutedCount', { count: outcome.data.mutedCount })
        : t('call.notices.failed'),
    );
  };
  const toggleLock = async () => {
    const outcome = await moderationApi.lockUnmute(call.roomId, !isLocked);
    setAnnouncement(
      outcome.ok
        ? t(isLocked ? 'call.moderation.unlocked' : 'call.moderation.locked')
        : t('call.notices.failed'),
    );
  };

  return (
    <div className="call-moderation" role="group" aria-label={t('call.moderation.title')}>
      <Button onClick={() => setAsking(true)}>{t('call.moderation.muteAll')}</Button>
      <Button
        aria-pressed={isLocked}
        variant={isLocked ? 'primary' : 'secondary'}
        onClick={() => void toggleLock()}
      >
        {t('call.moderation.lockUnmute')}
      </Button>
      <LiveRegion className="call-moderation__status">{announcement}</LiveRegion>
      {isAsking ? (
        <Dialog
          title={t('call.moderation.muteAllTitle')}
          onClose={() => setAsking(false)}
          actions={
            <>
              <Button variant="primary" onClick={() => void muteAll()}>
                {t('call.moderation.muteAllConfirm')}
              </Button>
              <Button onClick={() => setAsking(false)}>{t('call.moderation.cancel')}</Button>
            </>
          }
        >
          <p>{t('call.moderation.muteAllBody')}</p>
          {props.presenterName ? (
            <p>{t('call.moderation.muteAllExcept', { name: props.presenterName })}</p>
          ) : null}
        </Dialog>
      ) : null}
    </div>
  );
}
