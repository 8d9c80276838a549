import type { AuditStore } from '../audit/audit.store.ts';
import type { SessionStore } from '../auth/session.store.ts';
import type { ChatStore } from '../chat/chat.store.ts';
import type { LobbyStore } from '../lobby/lobby.store.ts';
import type { RetentionStore } from '../retention/retention.store.ts';
import type { UserStore } from '../auth/user.store.ts';
import type { OrganisationStore } from '../orgs/organisation.store.ts';
import type { PptStore } from '../ppt/ppt.store.ts';
import type { RoomStore } from '../rooms/room.store.ts';
import type { RateLimiters } from '../platform/rate-limits.ts';
import type { ConsultStore } from '../consults/consult.store.ts';
import type { NotificationStore } from '../consults/notification.store.ts';
import type { DirectoryStore } from '../directory/directory.store.ts';
import type { JobQueue } from '../platform/jobs.ts';

/** Everything the server persists, behind one port with an embedded (SQLite) and a Redis adapter. */
export interface Store {
  readonly kind: 'sqlite' | 'redis';
  readonly users: UserStore;
  readonly sessions: SessionStore;
  readonly organisations: OrganisationStore;
  readonly rooms: RoomStore;
  readonly audit: AuditStore;
  readonly ppt: PptStore;
  readonly chat: ChatStore;
  readonly lobby: LobbyStore;
  readonly retention: RetentionStore;
  readonly directory: DirectoryStore;
  readonly consults: ConsultStore;
  readonly notifications: NotificationStore;
  /** Durable jobs (e-consultation escalations) shared by every node on this store. */
  readonly jobs: JobQueue;
  /** Rate-limit counters shared by every node on this store. */
  readonly rateLimiters: RateLimiters;
  /** Resolves when the backing store answers; used by /readyz. */
  ping(): Promise<void>;
  /** Flushes and closes. Safe to call twice. */
  close(): Promise<void>;
}

/** A create() hit an existing key. Services turn it into CONFLICT. */
export class DuplicateKeyError extends Error {
  override readonly name = 'DuplicateKeyError';
  readonly key: string;
  constructor(key: string) {
    super(`duplicate key: ${key}`);
    this.key = key;
  }
}
