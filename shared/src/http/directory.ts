import { z } from 'zod';
import { ServiceId, UserId } from '../model/ids.ts';
import {
  ConsultTarget,
  DirectoryDescription,
  DirectoryPerson,
  DirectoryTag,
  DutyHours,
  TargetKindSchema,
  Team,
} from '../model/directory.ts';

/** GET /api/directory/people: every filter narrows; `q` matches name, profession, task and area. */
export const DirectoryPeopleQuery = z.object({
  q: z.string().trim().max(80).optional(),
  serviceId: ServiceId.optional(),
  profession: z.string().trim().max(80).optional(),
});
export type DirectoryPeopleQuery = z.infer<typeof DirectoryPeopleQuery>;

export const DirectoryPeopleList = z.object({ people: z.array(DirectoryPerson) });
export type DirectoryPeopleList = z.infer<typeof DirectoryPeopleList>;

/** PUT /api/directory/people/:userId (org admins). Tasks and areas pass the PII guard. */
export const UpdateDirectoryPersonRequest = z.object({
  tasks: z.array(DirectoryTag).max(30),
  areas: z.array(DirectoryTag).max(30),
});
export type UpdateDirectoryPersonRequest = z.infer<typeof UpdateDirectoryPersonRequest>;

export const TeamList = z.object({ teams: z.array(Team) });
export type TeamList = z.infer<typeof TeamList>;

/** POST /api/directory/teams and PUT /api/directory/teams/:id (org admins). */
export const SaveTeamRequest = z.object({
  name: z.string().trim().min(1).max(120),
  leadUserId: UserId,
  memberUserIds: z.array(UserId).max(200),
  referralIndications: z.string().trim().max(2000),
});
export type SaveTeamRequest = z.infer<typeof SaveTeamRequest>;

export const TargetList = z.object({ targets: z.array(ConsultTarget) });
export type TargetList = z.infer<typeof TargetList>;

/** POST /api/directory/targets and PUT /api/directory/targets/:id (org admins). */
export const SaveTargetRequest = z.object({
  kind: TargetKindSchema,
  name: z.string().trim().min(1).max(120),
  description: DirectoryDescription.optional(),
  leadUserId: UserId,
  consultantUserIds: z.array(UserId).max(200),
  dutyHours: z.array(DutyHours).max(50).default([]),
});
export type SaveTargetRequest = z.input<typeof SaveTargetRequest>;
