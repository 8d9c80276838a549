import type { AgendaItem, PresentMember, ServiceId, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { useMe } from '../../lib/session.tsx';

/** Names the stage shows: services in the UI language, people by display name, items by title. */
export function usePptLabels(members: readonly PresentMember[] = []) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const services = me.organisation.services;

  function serviceName(id: ServiceId | undefined): string {
    if (id === undefined) return t('ppt.noService');
    return services.find((s) => s.id === id)?.name[language] ?? t('ppt.unknownService');
  }
  function personName(userId: UserId): string {
    return members.find((m) => m.userId === userId)?.displayName ?? t('ppt.someone');
  }
  function itemTitle(item: Pick<AgendaItem, 'title' | 'kind'>): string {
    if (item.title.trim() !== '') return item.title;
    return item.kind === 'case' ? t('ppt.untitledCase') : t('ppt.untitledPhenomenon');
  }
  return { language, services, serviceName, personName, itemTitle };
}
