import { createHash } from 'node:crypto';

/**
 * Every key the Redis store uses, all under one prefix so that several stores (and test files) can share a
 * Redis. Ids match ^[A-Za-z0-9_-]+$, so they never contain the ':' separator.
 */
export function createKeys(prefix: string) {
  return {
    /** Counter that orders memberships (room member lists and a user's rooms). */
    seq: `${prefix}seq`,
    user: (id: string) => `${prefix}user:${id}`,
    /**
     * Keeps usernames (personal data) out of key listings, MONITOR and slowlog output. A plain hash is not
     * secrecy, only discretion: the user's own value holds the name anyway.
     */
    username: (lowerCased: string) =>
      `${prefix}username:${createHash('sha256').update(lowerCased).digest('hex')}`,
    orgUsers: (orgId: string) => `${prefix}org-users:${orgId}`,
    session: (idHash: string) => `${prefix}session:${idHash}`,
    sessionExpiry: `${prefix}session-expiry`,
    org: (id: string) => `${prefix}org:${id}`,
    orgs: `${prefix}orgs`,
    room: (id: string) => `${prefix}room:${id}`,
    roomMembers: (roomId: string) => `${prefix}room-members:${roomId}`,
    roomMemberOrder: (roomId: string) => `${prefix}room-member-order:${roomId}`,
    userRooms: (userId: string) => `${prefix}user-rooms:${userId}`,
    audit: (id: string) => `${prefix}audit:${id}`,
    orgAudit: (orgId: string) => `${prefix}org-audit:${orgId}`,
  };
}

export type Keys = ReturnType<typeof createKeys>;
