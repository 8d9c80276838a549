import { z } from 'zod';

/** What a person may do across their organisation. */
export const OrgRole = {
  ADMIN: 'admin',
  ORGANISER: 'organiser',
  PROFESSIONAL: 'professional',
  /** Joined through an invitation link; has no standing in the organisation, only in one room. */
  GUEST: 'guest',
} as const;
export type OrgRole = (typeof OrgRole)[keyof typeof OrgRole];
export const OrgRoleSchema = z.enum([OrgRole.ADMIN, OrgRole.ORGANISER, OrgRole.PROFESSIONAL, OrgRole.GUEST]);

/** What a person may do inside one room. Which of them moderate depends on the room kind. */
export const RoomRole = {
  CHAIR: 'chair',
  DEPUTY_CHAIR: 'deputy_chair',
  /** Owner of an e-consultation (the requester). */
  OWNER: 'owner',
  /** Kela liaison; hosts the Kela liaison hour. */
  KELA_LIAISON: 'kela_liaison',
  PARTICIPANT: 'participant',
  GUEST: 'guest',
} as const;
export type RoomRole = (typeof RoomRole)[keyof typeof RoomRole];
export const RoomRoleSchema = z.enum([
  RoomRole.CHAIR,
  RoomRole.DEPUTY_CHAIR,
  RoomRole.OWNER,
  RoomRole.KELA_LIAISON,
  RoomRole.PARTICIPANT,
  RoomRole.GUEST,
]);
