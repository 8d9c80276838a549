import type { RoomSummary } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { useNow } from '../../lib/clock.ts';
import { joinWindow } from '../../lib/join-window.ts';
import { toLanguage } from '../../lib/language.ts';
import { formatTime } from '../../lib/time.ts';
import { Button } from '../../ui/Button.tsx';

/**
 * The join button of a prejoin page and, tied to it, why it cannot be pressed yet or any more. Without
 * `onJoin` it submits the form it sits in. `closedText` names a closed room in the words of its kind.
 */
export function PrejoinAction(props: {
  room: RoomSummary;
  closedText: string;
  isJoining?: boolean;
  onJoin?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const now = useNow();
  const join = joinWindow(props.room, new Date(now));
  return (
    <div className="prejoin__action">
      <Button
        type={props.onJoin ? 'button' : 'submit'}
        variant="primary"
        size="large"
        disabled={join.state !== 'open' || props.isJoining === true}
        aria-describedby="prejoin-status"
        onClick={props.onJoin}
      >
        {props.isJoining ? t('room.joining') : t('room.join')}
      </Button>
      <p id="prejoin-status" className="prejoin__status">
        {join.state === 'too-early'
          ? t('home.joinOpensAt', { time: formatTime(join.opensAt, language) })
          : null}
        {join.state === 'ended' ? t('home.ended') : null}
        {join.state === 'closed' ? props.closedText : null}
      </p>
    </div>
  );
}
