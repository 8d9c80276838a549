import type { Notification } from '@konsiili/shared';

export interface NotificationsState {
  notifications: Notification[];
  unreadCount: number;
}

export const EMPTY: NotificationsState = { notifications: [], unreadCount: 0 };

/** Newest first, no duplicates: a live event may race the initial load. Keeps the latest 50. */
export function withNotification(
  state: NotificationsState,
  notification: Notification,
  unreadCount: number,
): NotificationsState {
  const rest = state.notifications.filter((n) => n.id !== notification.id);
  return { notifications: [notification, ...rest].slice(0, 50), unreadCount };
}

export function markedRead(state: NotificationsState, ids: readonly string[] | 'all', unreadCount: number) {
  return {
    notifications: state.notifications.map((n) =>
      ids === 'all' || ids.includes(n.id) ? { ...n, isRead: true } : n,
    ),
    unreadCount,
  };
}
