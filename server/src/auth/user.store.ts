import type { OrgId, Professional, UserId } from '@konsiili/shared';

/** A person with their credentials. Guests who came through an invitation have no username or password. */
export interface UserRecord extends Professional {
  username?: string;
  /** A self-describing KDF string (see auth/password.ts); never leaves the server. */
  passwordHash?: string;
  createdAt: string;
}

/** Port: people and their credentials. */
export interface UserStore {
  /** Stores a new user. Rejects with DuplicateKeyError when the id or username is taken. */
  create(user: UserRecord): Promise<void>;
  findById(id: UserId): Promise<UserRecord | undefined>;
  /** Usernames are matched case-insensitively. */
  findByUsername(username: string): Promise<UserRecord | undefined>;
  listByOrg(orgId: OrgId): Promise<UserRecord[]>;
}
