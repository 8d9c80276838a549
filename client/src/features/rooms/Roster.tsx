import type { TFunction } from 'i18next';
import type { PresentMember, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import { MemberLine } from './MemberLine.tsx';
import { groupRoster, type RosterGroup } from './roster.ts';

/** Members grouped by service. */
export function Roster({ members, myUserId }: { members: readonly PresentMember[]; myUserId: UserId }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const groups = groupRoster(members, me.organisation.services, language);
  const onlineCount = members.filter((m) => m.isOnline).length;

  return (
    <section className="roster" aria-labelledby="roster-title">
      <h2 id="roster-title">
        {t('room.people')}{' '}
        <span className="roster__count">
          {t('room.onlineCount', { online: onlineCount, total: members.length })}
        </span>
      </h2>
      {groups.map((group) => (
        <section key={group.id} className="roster__group" aria-labelledby={`roster-group-${group.id}`}>
          <h3 id={`roster-group-${group.id}`} className="roster__group-title">
            {groupName(group, t)}{' '}
            <span className="roster__count">
              {t('room.onlineCount', { online: group.onlineCount, total: group.members.length })}
            </span>
          </h3>
          <ul className="plain-list">
            {group.members.map((member) => (
              <MemberLine key={member.userId} member={member} isMe={member.userId === myUserId} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

function groupName(group: RosterGroup, t: TFunction): string {
  switch (group.key.kind) {
    case 'service':
      return group.key.name;
    case 'unknown':
      return t('room.otherServices');
    case 'none':
      return t('room.noService');
  }
}
