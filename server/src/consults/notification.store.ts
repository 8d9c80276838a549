import type { Notification, NotificationId, UserId } from '@konsiili/shared';

/** Port: each user's notification centre. */
export interface NotificationStore {
  /** Stores an unread notification for the user; resolves their unread count afterwards. */
  add(userId: UserId, notification: Notification): Promise<number>;
  /** Newest first. */
  list(userId: UserId, limit: number): Promise<Notification[]>;
  unreadCount(userId: UserId): Promise<number>;
  /** Marks the given ids (ids of other users are ignored), or all; resolves the unread count afterwards. */
  markRead(userId: UserId, ids: readonly NotificationId[] | 'all'): Promise<number>;
}
