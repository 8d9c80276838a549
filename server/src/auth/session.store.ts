import type { OrgId, UserId } from '@konsiili/shared';

/** A signed-in browser. The id is the secret in the HttpOnly cookie, so it is stored only as a hash. */
export interface AuthSession {
  /** SHA-256 of the cookie value, hex. */
  idHash: string;
  userId: UserId;
  orgId: OrgId;
  createdAt: string;
  expiresAt: string;
}

/** Port: signed-in sessions. */
export interface SessionStore {
  create(session: AuthSession): Promise<void>;
  /** Returns the session even if expired; the caller decides with its clock. */
  get(idHash: string): Promise<AuthSession | undefined>;
  delete(idHash: string): Promise<void>;
  /** Removes sessions that expired before `now` (ISO instant); returns how many. */
  deleteExpired(now: string): Promise<number>;
}
