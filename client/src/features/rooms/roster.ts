import type { PresentMember, RoomRole, RoomSnapshot, Service, ServiceId } from '@konsiili/shared';
import type { Language } from '../../lib/language.ts';

const ROLE_ORDER: Record<RoomRole, number> = {
  chair: 0,
  deputy_chair: 1,
  owner: 2,
  kela_liaison: 3,
  participant: 4,
  guest: 5,
};

export type RosterGroupKey =
  { kind: 'service'; serviceId: ServiceId; name: string } | { kind: 'unknown' } | { kind: 'none' };

export interface RosterGroup {
  key: RosterGroupKey;
  id: string;
  members: PresentMember[];
  onlineCount: number;
}

/**
 * The roster grouped by the service each member represents, in catalogue order; members of a service
 * missing from the catalogue come next, and members who represent no service last. Inside a group:
 * chairs first, then by role, then by name.
 */
export function groupRoster(
  members: readonly PresentMember[],
  services: readonly Service[],
  language: Language,
): RosterGroup[] {
  const byId = new Map<string, PresentMember[]>();
  for (const member of members) {
    const id = member.serviceId ?? '';
    const list = byId.get(id) ?? [];
    list.push(member);
    byId.set(id, list);
  }
  const groups: RosterGroup[] = [];
  for (const service of services) {
    const list = byId.get(service.id);
    if (!list) continue;
    byId.delete(service.id);
    groups.push(
      group(
        { kind: 'service', serviceId: service.id, name: service.name[language] },
        service.id,
        list,
        language,
      ),
    );
  }
  const none = byId.get('');
  byId.delete('');
  const unknown = [...byId.values()].flat();
  if (unknown.length > 0) groups.push(group({ kind: 'unknown' }, 'unknown', unknown, language));
  if (none) groups.push(group({ kind: 'none' }, 'none', none, language));
  return groups;
}

function group(key: RosterGroupKey, id: string, members: PresentMember[], language: Language): RosterGroup {
  const sorted = [...members].sort(
    (a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.displayName.localeCompare(b.displayName, language),
  );
  return { key, id, members: sorted, onlineCount: sorted.filter((m) => m.isOnline).length };
}

/**
 * The snapshot after a presence or member event: the member replaced in place (or appended), and my own
 * entry refreshed when the event is about me (my role can change while I am in the room).
 */
export function withMember(snapshot: RoomSnapshot, member: PresentMember): RoomSnapshot {
  const { isOnline: _presence, ...asMember } = member;
  return {
    ...snapshot,
    me: member.userId === snapshot.me.userId ? { ...snapshot.me, ...asMember } : snapshot.me,
    members: upsertMember(snapshot.members, member),
  };
}

/** Applies a presence or role update: replaces the member with the same user id, or adds them. */
export function upsertMember(members: readonly PresentMember[], member: PresentMember): PresentMember[] {
  const index = members.findIndex((m) => m.userId === member.userId);
  if (index === -1) return [...members, member];
  return members.map((m, i) => (i === index ? member : m));
}
