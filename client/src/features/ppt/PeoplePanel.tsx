import type { PptState, PresentMember, RoomId, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { LobbyPanel } from '../lobby/LobbyPanel.tsx';
import { MemberLine } from '../rooms/MemberLine.tsx';
import { usePptLabels } from './labels.ts';
import { coverage, groupByService } from './selectors.ts';

/** Who is here, grouped by the service they represent, and which required services are covered. */
export function PeoplePanel(props: {
  roomId: RoomId;
  state: PptState;
  members: readonly PresentMember[];
  myUserId: UserId;
  isModerator: boolean;
}) {
  const { t } = useTranslation();
  const { language, services, serviceName } = usePptLabels(props.members);
  const chips = coverage(props.state.requiredServices, props.members);
  const groups = groupByService(props.members, services, props.state.requiredServices, language);
  const online = props.members.filter((m) => m.isOnline).length;
  const hands = new Set(props.state.hands.map((h) => h.userId));

  return (
    <div className="people-panel">
      {props.isModerator ? <LobbyPanel roomId={props.roomId} isModerator={props.isModerator} /> : null}
      <h2 className="people-panel__title">
        {t('room.people')}{' '}
        <span className="roster__count">
          {t('room.onlineCount', { online, total: props.members.length })}
        </span>
      </h2>
      {chips.length > 0 ? (
        <section aria-labelledby="coverage-title">
          <h3 id="coverage-title">{t('ppt.people.coverage')}</h3>
          <ul className="plain-list chips">
            {chips.map((chip) => (
              <li key={chip.serviceId} className={`chip chip--${chip.isPresent ? 'present' : 'missing'}`}>
                <span aria-hidden="true">{chip.isPresent ? '✓' : '✗'} </span>
                {serviceName(chip.serviceId)}:{' '}
                <strong>{chip.isPresent ? t('ppt.people.present') : t('ppt.people.missing')}</strong>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {groups.map((group) => {
        const id = `people-${group.serviceId || 'other'}`;
        return (
          <section key={id} className="roster__group" aria-labelledby={id}>
            <h3 id={id} className="roster__group-title">
              {group.serviceId === '' ? t('room.otherServices') : serviceName(group.serviceId)}{' '}
              <span className="roster__count">
                {t('room.onlineCount', { online: group.onlineCount, total: group.members.length })}
              </span>
            </h3>
            {group.members.length === 0 ? (
              <p className="muted">{t('ppt.people.nobody')}</p>
            ) : (
              <ul className="plain-list">
                {group.members.map((member) => (
                  <MemberLine
                    key={member.userId}
                    member={member}
                    isMe={member.userId === props.myUserId}
                    notes={[
                      ...(member.userId === props.state.actingChairId ? [t('ppt.people.actingChair')] : []),
                      ...(hands.has(member.userId) ? [t('ppt.people.handUp')] : []),
                    ]}
                    isCompact
                  />
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
