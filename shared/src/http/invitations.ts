import { z } from 'zod';
import { RoomRoleSchema } from '../model/roles.ts';
import { DisplayName, Profession } from '../model/people.ts';
import { RoomId, ServiceId } from '../model/ids.ts';
import { Service } from '../model/services.ts';
import { RoomKindSchema } from '../model/rooms.ts';

/** Roles an invitation may grant: never chair, that is given inside the room. */
export const InvitableRole = z.enum(['participant', 'guest', 'kela_liaison']);

export const CreateInvitationRequest = z.object({
  role: InvitableRole,
  /** Hours until the link stops working. */
  ttlHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 14)
    .default(72),
});
export type CreateInvitationRequest = z.input<typeof CreateInvitationRequest>;

export const CreateInvitationResponse = z.object({
  token: z.string(),
  url: z.string(),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type CreateInvitationResponse = z.infer<typeof CreateInvitationResponse>;

/** What an invitation link shows before it is accepted. */
export const InvitationPreview = z.object({
  roomId: RoomId,
  roomTitle: z.string(),
  roomKind: RoomKindSchema,
  role: RoomRoleSchema,
  expiresAt: z.iso.datetime({ offset: true }),
  /** The organisation's active services, so a guest can say which one they represent. */
  services: z.array(Service),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

export const AcceptInvitationRequest = z.object({
  displayName: DisplayName,
  profession: Profession,
  serviceId: ServiceId.optional(),
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;

export const InvitationToken = z.string().min(10).max(1000);
