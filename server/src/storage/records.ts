import { z } from 'zod';
import { OrgId, Professional, UserId } from '@konsiili/shared';
import type { DirectoryProfile } from '../directory/directory.store.ts';
import type { AuthSession } from '../auth/session.store.ts';
import type { UserRecord } from '../auth/user.store.ts';

// The ports declare UserRecord and AuthSession as interfaces, so there is no shared schema to parse stored
// values back through; these mirror them field by field, and the return types below keep them in step.
// Both adapters read their stored values back through this one file.
const UserRecordSchema = Professional.extend({
  username: z.string().min(1).optional(),
  passwordHash: z.string().min(1).optional(),
  createdAt: z.string().min(1),
});

const AuthSessionSchema = z.object({
  idHash: z.string().min(1),
  userId: UserId,
  orgId: OrgId,
  createdAt: z.string().min(1),
  expiresAt: z.string().min(1),
});

export function parseUserRecord(value: unknown): UserRecord {
  return UserRecordSchema.parse(value);
}

export function parseAuthSession(value: unknown): AuthSession {
  return AuthSessionSchema.parse(value);
}

/** Usernames are unique and matched regardless of case. */
export function usernameKey(username: string): string {
  return username.toLowerCase();
}

/** JSON.parse typed as unknown, so the result has to go through a schema before use. */
export function parseJson(text: string): unknown {
  return JSON.parse(text);
}

const DirectoryProfileSchema = z.object({
  orgId: OrgId,
  userId: UserId,
  tasks: z.array(z.string()),
  areas: z.array(z.string()),
});

export function parseDirectoryProfile(value: unknown): DirectoryProfile {
  return DirectoryProfileSchema.parse(value);
}
