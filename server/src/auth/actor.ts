import type { OrgId, OrgRole, UserId } from '@konsiili/shared';

/** Who is acting, as established by authentication. Never taken from a payload. */
export interface Actor {
  userId: UserId;
  orgId: OrgId;
  orgRoles: readonly OrgRole[];
}
