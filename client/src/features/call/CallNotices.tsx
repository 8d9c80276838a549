import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import type { Call } from './use-call.ts';

/** Why video is missing or limited, in words: connection state, device refusals, the chair's actions. */
export function CallNotices({ call, isModerator }: { call: Call; isModerator: boolean }) {
  const { t } = useTranslation();
  const { state, deviceProblems } = call;
  const status = state.status;
  const problem = state.problem;
  return (
    <div className="call-notices">
      {status === 'unavailable' ? (
        <Alert tone="info">
          {t(
            problem === 'NO_WORKER'
              ? 'call.status.unavailable.NO_WORKER'
              : 'call.status.unavailable.MEDIA_DOWN',
          )}
        </Alert>
      ) : null}
      {status === 'failed' || status === 'unavailable' ? (
        <Button onClick={call.retry}>{t('call.status.retry')}</Button>
      ) : null}
      {status === 'failed' ? <Alert>{t('call.status.failed')}</Alert> : null}
      <LiveRegion className="call-notices__status">
        {status === 'joining'
          ? t('call.status.joining')
          : status === 'rejoining'
            ? t('call.status.rejoining')
            : ''}
      </LiveRegion>
      {deviceProblems.audio ? (
        <Alert tone="info">{t(`call.problems.audio.${deviceProblems.audio}`)}</Alert>
      ) : null}
      {deviceProblems.video ? (
        <Alert tone="info">{t(`call.problems.video.${deviceProblems.video}`)}</Alert>
      ) : null}
      {deviceProblems.screen ? (
        <Alert tone="info">{t(`call.problems.screen.${deviceProblems.screen}`)}</Alert>
      ) : null}
      {state.sendFailure ? (
        <Alert tone="info">{t(`call.status.sendFailed.${state.sendFailure}`)}</Alert>
      ) : null}
      <LiveRegion className="call-notices__chair">
        {state.local.mic.isPausedByModerator ? t('call.notices.mutedByModerator') : ''}
      </LiveRegion>
      {state.isUnmuteLocked && !isModerator ? (
        <p className="call-notices__lock">{t('call.notices.unmuteLocked')}</p>
      ) : null}
      {call.notice ? (
        <Alert
          action={
            <Button variant="quiet" onClick={call.dismissNotice}>
              {t('stage.dismiss')}
            </Button>
          }
        >
          {t(call.notice as 'call.notices.failed')}
        </Alert>
      ) : null}
    </div>
  );
}
