import { createHash } from 'node:crypto';
import type { Clock } from '../platform/clock.ts';
import { newSecret } from '../platform/ids.ts';
import type { Actor } from './actor.ts';
import type { SessionStore } from './session.store.ts';
import type { UserStore } from './user.store.ts';

export const SESSION_COOKIE = 'konsiili_sid';

export interface SessionService {
  /** Starts a session and returns the secret for the cookie. */
  start(user: { id: Actor['userId']; orgId: Actor['orgId'] }): Promise<{ secret: string; expiresAt: Date }>;
  /** The actor behind a cookie secret, or undefined when unknown, expired or the user is gone. */
  resolve(secret: string | undefined): Promise<Actor | undefined>;
  end(secret: string): Promise<void>;
}

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function createSessionService(deps: {
  sessions: SessionStore;
  users: UserStore;
  clock: Clock;
  ttlHours: number;
}): SessionService {
  return {
    async start(user) {
      const secret = newSecret();
      const now = deps.clock.now();
      const expiresAt = new Date(now.getTime() + deps.ttlHours * 3_600_000);
      await deps.sessions.create({
        idHash: hashSecret(secret),
        userId: user.id,
        orgId: user.orgId,
        createdAt: now.toISOString(),
        expiresAt: expiresAt.toISOString(),
      });
      return { secret, expiresAt };
    },
    async resolve(secret) {
      if (!secret || secret.length > 200) return undefined;
      const session = await deps.sessions.get(hashSecret(secret));
      if (!session || Date.parse(session.expiresAt) <= deps.clock.now().getTime()) return undefined;
      const user = await deps.users.findById(session.userId);
      if (!user) return undefined;
      return { userId: user.id, orgId: user.orgId, orgRoles: user.roles };
    },
    async end(secret) {
      await deps.sessions.delete(hashSecret(secret));
    },
  };
}
