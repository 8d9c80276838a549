import { NotificationList, UnreadCount } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export function fetchNotifications(signal?: AbortSignal): Promise<NotificationList> {
  return request('/api/notifications', NotificationList, signal ? { signal } : {});
}

/** Marks the given notifications, or all of mine, as read; answers the new unread count. */
export async function markRead(target: { ids: string[] } | { all: true }): Promise<number> {
  const answer = await request('/api/notifications/read', UnreadCount, { method: 'POST', body: target });
  return answer.unreadCount;
}
