import { z } from 'zod';
import { OrgId, ServiceId, UserId } from './ids.ts';
import { DisplayName, Profession } from './people.ts';
import { FreeText, LocalTime, OptionalFreeText } from './ppt.ts';

const shortId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be an id');

export const TeamId = shortId.brand<'TeamId'>();
export type TeamId = z.infer<typeof TeamId>;
export const TargetId = shortId.brand<'TargetId'>();
export type TargetId = z.infer<typeof TargetId>;

/** What a consultation target is: a medical specialty, a social-services area, or Kela. */
export const TargetKind = {
  SPECIALTY: 'specialty',
  SOCIAL_SERVICES: 'social_services',
  KELA: 'kela',
} as const;
export type TargetKind = (typeof TargetKind)[keyof typeof TargetKind];
export const TargetKindSchema = z.enum([TargetKind.SPECIALTY, TargetKind.SOCIAL_SERVICES, TargetKind.KELA]);

/** One weekly slot when the target's pool answers; Europe/Helsinki wall-clock, ISO weekday 1 = Monday. */
export const DutyHours = z.object({
  weekday: z.number().int().min(1).max(7),
  start: LocalTime,
  end: LocalTime,
});
export type DutyHours = z.infer<typeof DutyHours>;

/** Where e-consultations are sent: a pool of consultants with a lead and duty hours. */
export const ConsultTarget = z.object({
  id: TargetId,
  orgId: OrgId,
  kind: TargetKindSchema,
  name: z.string().trim().min(1).max(120),
  /** Free text; passed the PII guard. */
  description: z.string().max(1000).optional(),
  leadUserId: UserId,
  consultantUserIds: z.array(UserId).max(200),
  dutyHours: z.array(DutyHours).max(50),
});
export type ConsultTarget = z.infer<typeof ConsultTarget>;

/** A multiprofessional team with its lead and the indications for referring a client to it. */
export const Team = z.object({
  id: TeamId,
  orgId: OrgId,
  name: z.string().trim().min(1).max(120),
  leadUserId: UserId,
  memberUserIds: z.array(UserId).max(200),
  /** Free text; passed the PII guard. */
  referralIndications: z.string().max(2000),
});
export type Team = z.infer<typeof Team>;

/** A person as the directory lists them: no credentials, no contact data. */
export const DirectoryPerson = z.object({
  userId: UserId,
  displayName: DisplayName,
  profession: Profession,
  serviceId: ServiceId.optional(),
  tasks: z.array(z.string().max(120)).max(30),
  areas: z.array(z.string().max(120)).max(30),
  teamIds: z.array(TeamId),
});
export type DirectoryPerson = z.infer<typeof DirectoryPerson>;

/** Directory free-text fields as the client may send them (before the guard). */
export const DirectoryTag = FreeText(120);
export const DirectoryDescription = OptionalFreeText(1000);
