import type { PresentMember, ServiceId, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';
import type { Person } from './CallTile.tsx';

/** Name, profession and service of whoever is on a tile, from the room's members. */
export function usePeople(members: readonly PresentMember[]): (userId: UserId) => Person {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const services = useMe().organisation.services;
  const serviceName = (id: ServiceId | undefined) =>
    id === undefined ? undefined : services.find((s) => s.id === id)?.name[language];
  return (userId) => {
    const member = members.find((m) => m.userId === userId);
    if (!member) return { name: t('call.someone'), details: '' };
    const service = serviceName(member.serviceId);
    return {
      name: member.displayName,
      details: [member.profession, service].filter(Boolean).join(' · '),
    };
  };
}
