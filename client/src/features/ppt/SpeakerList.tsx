import type { PptState, PresentMember, RoomId, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { pptApi } from './api.ts';
import { usePptLabels } from './labels.ts';
import { speakerList } from './selectors.ts';
import type { RunCommand } from './use-command.ts';

/** Who has the floor, and the raised hands numbered in the order they went up. */
export function SpeakerList(props: {
  roomId: RoomId;
  state: PptState;
  members: readonly PresentMember[];
  myUserId: UserId;
  isChair: boolean;
  run: RunCommand;
}) {
  const { t } = useTranslation();
  const { personName } = usePptLabels(props.members);
  const speakers = speakerList(props.state);
  const floor = props.state.floorUserId;
  const you = (userId: UserId) => (userId === props.myUserId ? ` ${t('room.you')}` : '');

  return (
    <section className="speakers" aria-labelledby="speakers-title">
      <h2 id="speakers-title">{t('ppt.speakers.title')}</h2>
      <p className="speakers__floor">
        {floor ? (
          <>{t('ppt.speakers.floor', { name: `${personName(floor)}${you(floor)}` })}</>
        ) : (
          t('ppt.speakers.noFloor')
        )}
      </p>
      {speakers.length === 0 ? (
        <p className="muted">{t('ppt.speakers.none')}</p>
      ) : (
        <ol className="plain-list speakers__list" aria-label={t('ppt.speakers.listLabel')}>
          {speakers.map((s) => (
            <li key={s.userId} className="speakers__item">
              <span className="speakers__position">{s.position}.</span>
              <span className="speakers__name">
                {personName(s.userId)}
                {you(s.userId)}
              </span>
              {props.isChair ? (
                <span className="speakers__actions">
                  <Button
                    aria-label={`${t('ppt.speakers.give')}: ${personName(s.userId)}`}
                    variant="quiet"
                    onClick={() => void props.run(() => pptApi.giveFloor(props.roomId, s.userId))}
                  >
                    {t('ppt.speakers.give')}
                  </Button>
                  <Button
                    aria-label={`${t('ppt.speakers.lower')}: ${personName(s.userId)}`}
                    variant="quiet"
                    onClick={() => void props.run(() => pptApi.lowerHand(props.roomId, s.userId))}
                  >
                    {t('ppt.speakers.lower')}
                  </Button>
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
