import { ErrorCode, type Notification, type NotificationId } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import { AppError } from '../platform/app-error.ts';
import type { NotificationStore } from './notification.store.ts';

const LIST_LIMIT = 100;

export interface NotificationService {
  list(actor: Actor): Promise<{ notifications: Notification[]; unreadCount: number }>;
  markRead(actor: Actor, ids: readonly NotificationId[] | 'all'): Promise<number>;
}

/** The notification centre: one's own notifications only; guests have none. */
export function createNotificationService(deps: { store: NotificationStore }): NotificationService {
  const requireMember = (actor: Actor) => {
    if (!can(actor, Action.DIRECTORY_READ, { orgId: actor.orgId }))
      throw new AppError(ErrorCode.FORBIDDEN, 'notifications are for the organisation only');
  };
  return {
    async list(actor) {
      requireMember(actor);
      const [notifications, unreadCount] = await Promise.all([
        deps.store.list(actor.userId, LIST_LIMIT),
        deps.store.unreadCount(actor.userId),
      ]);
      return { notifications, unreadCount };
    },
    markRead(actor, ids) {
      requireMember(actor);
      return deps.store.markRead(actor.userId, ids);
    },
  };
}
