import type { UserId } from '@konsiili/shared';

export interface ChairRoles {
  chairId: UserId;
  deputyChairId?: UserId | undefined;
  assignedChairId?: UserId | undefined;
}

/** Who runs the queue: the chair if online, else the deputy if online, else whom the organiser named. */
export function actingChairOf(roles: ChairRoles, online: ReadonlySet<UserId>): UserId | undefined {
  if (online.has(roles.chairId)) return roles.chairId;
  if (roles.deputyChairId !== undefined && online.has(roles.deputyChairId)) return roles.deputyChairId;
  return roles.assignedChairId;
}
