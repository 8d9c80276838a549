import type { PresentMember } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';

/**
 * One person in a people list: presence as a word and a shape (never colour alone), the name, marked when
 * it is the viewer, and profession and room role followed by any `notes` the list adds. `isCompact` fits
 * the narrow side panel of a PPT session.
 */
export function MemberLine(props: {
  member: PresentMember;
  isMe: boolean;
  notes?: readonly string[];
  isCompact?: boolean;
}) {
  const { t } = useTranslation();
  const { member } = props;
  const details = [member.profession, t(`roomRoles.${member.role}`), ...(props.notes ?? [])];
  return (
    <li className={props.isCompact ? 'roster__member roster__member--compact' : 'roster__member'}>
      <span className={`presence presence--${member.isOnline ? 'online' : 'offline'}`}>
        <span className="presence__mark" aria-hidden="true">
          {member.isOnline ? '●' : '○'}
        </span>
        <span>{member.isOnline ? t('room.online') : t('room.offline')}</span>
      </span>
      <span className="roster__name">
        {member.displayName}
        {props.isMe ? ` ${t('room.you')}` : ''}
      </span>
      <span className="roster__detail">{details.join(' · ')}</span>
    </li>
  );
}
