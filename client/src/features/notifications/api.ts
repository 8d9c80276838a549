import { ConsultList, NotificationList, TargetList, UnreadCount } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export function fetchNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request('/api/notifications', NotificationList, signal ? { signal } : {});
}

/** Marks the given notifications, or all of mine, as read; answers the new unread count. */
export async function markRead(target: { ids: string[] } | { all: true }): Promise<number> {
  const answer = await request('/api/notifications/read', UnreadCount, { method: 'POST', body: target });
  return answer.unreadCount;
}

/**
 * Which target each of my consultations went to, for naming them in the list: the boxes I can be
 * notified about (as requester, pool member, owner), and the target names.
 */
export async function fetchTargetNames(signal: AbortSignal): Promise<Map<string, string>> {
  const [targets, ...boxes] = await Promise.all([
    request('/api/directory/targets', TargetList, { signal }),
    ...(['requested', 'pool', 'owned'] as const).map((box) =>
      request(`/api/consults?box=${box}`, ConsultList, { signal }),
    ),
  ]);
  const nameOfTarget = new Map(targets.targets.map((target) => [target.id as string, target.name]));
  const names = new Map<string, string>();
  for (const box of boxes) {
    for (const consult of box.consults) {
      const name = nameOfTarget.get(consult.targetId);
      if (name) names.set(consult.id, name);
    }
  }
  return names;
}
