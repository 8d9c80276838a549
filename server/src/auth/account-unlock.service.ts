import { AuditAction, ErrorCode, type UserId } from '@konsiili/shared';
import type { AuditService } from '../audit/audit.service.ts';
import { AppError } from '../platform/app-error.ts';
import type { Actor } from './actor.ts';
import type { LoginThrottle } from './login-throttle.ts';
import { Action, can } from './policy.ts';
import type { UserStore } from './user.store.ts';

export interface AccountUnlockService {
  /** Lifts a sign-in lock; only an admin of the user's organisation. NOT_FOUND for unknown users. */
  unlock(actor: Actor, userId: UserId): Promise<void>;
}

export function createAccountUnlockService(deps: {
  users: UserStore;
  throttle: LoginThrottle;
  audit: AuditService;
}): AccountUnlockService {
  return {
    async unlock(actor, userId) {
      if (!can(actor, Action.ACCOUNT_UNLOCK, { orgId: actor.orgId }))
        throw new AppError(ErrorCode.FORBIDDEN, 'only organisation admins unlock accounts');
      const user = await deps.users.findById(userId);
      // Another organisation's user is answered like a missing one: ids are not probed that way.
      if (!user || user.orgId !== actor.orgId) throw new AppError(ErrorCode.NOT_FOUND, 'no such user');
      // Guests sign in by invitation, without a username: there is nothing to unlock.
      if (user.username !== undefined) await deps.throttle.unlock(user.username);
      await deps.audit.record({
        orgId: user.orgId,
        action: AuditAction.ACCOUNT_UNLOCKED,
        actorId: actor.userId,
        subjectId: user.id,
      });
    },
  };
}
