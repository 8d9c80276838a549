import type { z } from 'zod';
import {
  AuditAction,
  ErrorCode,
  type SaveTargetRequest,
  TargetId,
  TeamId,
  type ConsultTarget,
  type DirectoryPeopleQuery,
  type DirectoryPerson,
  type OrgId,
  type SaveTeamRequest,
  type Team,
  type UpdateDirectoryPersonRequest,
  type UserId,
} from '@konsiili/shared';
import { guardFreeText } from '@konsiili/shared/guard';
import type { AuditService } from '../audit/audit.service.ts';
import type { Actor } from '../auth/actor.ts';
import { Action, can } from '../auth/policy.ts';
import type { UserStore } from '../auth/user.store.ts';
import { AppError } from '../platform/app-error.ts';
import type { DirectoryStore } from './directory.store.ts';
import { isListed, matchesPeopleQuery, toDirectoryPerson } from './directory.ts';

export type SaveTargetInput = z.output<typeof SaveTargetRequest>;

export interface DirectoryService {
  people(actor: Actor, query: DirectoryPeopleQuery): Promise<DirectoryPerson[]>;
  updatePerson(actor: Actor, userId: UserId, input: UpdateDirectoryPersonRequest): Promise<DirectoryPerson>;
  teams(actor: Actor): Promise<Team[]>;
  /** Creates a team when `id` is undefined; NOT_FOUND for an unknown or foreign id. */
  saveTeam(actor: Actor, id: TeamId | undefined, input: SaveTeamRequest): Promise<Team>;
  targets(actor: Actor): Promise<ConsultTarget[]>;
  saveTarget(actor: Actor, id: TargetId | undefined, input: SaveTargetInput): Promise<ConsultTarget>;
}

export function createDirectoryService(deps: {
  store: DirectoryStore;
  users: UserStore;
  audit: AuditService;
  newId: () => string;
}): DirectoryService {
  const requireRead = (actor: Actor) => {
    if (!can(actor, Action.DIRECTORY_READ, { orgId: actor.orgId }))
      throw new AppError(ErrorCode.FORBIDDEN, 'the directory is for the organisation only');
  };
  const requireEdit = (actor: Actor) => {
    if (!can(actor, Action.DIRECTORY_EDIT, { orgId: actor.orgId }))
      throw new AppError(ErrorCode.FORBIDDEN, 'only organisation admins edit the directory');
  };
  /** Every named person must be a listed member of the organisation. */
  const requirePeople = async (orgId: OrgId, ids: readonly UserId[]) => {
    const users = await deps.users.listByOrg(orgId);
    const known = new Set(users.filter(isListed).map((u) => u.id));
    if (ids.some((id) => !known.has(id)))
      throw new AppError(ErrorCode.VALIDATION, 'unknown person', { reason: 'UNKNOWN_PERSON' });
  };
  const guard = (text: string) => guardFreeText(text).text;
  const changed = (actor: Actor, what: string) =>
    deps.audit.record({
      orgId: actor.orgId,
      action: AuditAction.DIRECTORY_CHANGED,
      actorId: actor.userId,
      details: { what },
    });

  async function peopleOf(orgId: OrgId): Promise<{ person: DirectoryPerson; services: string[] }[]> {
    const [users, profiles, teams] = await Promise.all([
      deps.users.listByOrg(orgId),
      deps.store.listProfiles(orgId),
      deps.store.listTeams(orgId),
    ]);
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    return users
      .filter(isListed)
      .map((u) => ({ person: toDirectoryPerson(u, byUser.get(u.id), teams), services: u.services }));
  }

  return {
    async people(actor, query) {
      requireRead(actor);
      return (await peopleOf(actor.orgId))
        .filter(({ person, services }) => matchesPeopleQuery(person, services, query))
        .map(({ person }) => person)
        .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fi'));
    },

    async updatePerson(actor, userId, input) {
      requireEdit(actor);
      const user = await deps.users.findById(userId);
      if (user?.orgId !== actor.orgId || !isListed(user))
        throw new AppError(ErrorCode.NOT_FOUND, 'no such person');
      await deps.store.putProfile({
        orgId: actor.orgId,
        userId,
        tasks: input.tasks.map(guard),
        areas: input.areas.map(guard),
      });
      await changed(actor, 'person');
      const found = (await peopleOf(actor.orgId)).find((p) => p.person.userId === userId);
      if (!found) throw new AppError(ErrorCode.NOT_FOUND, 'no such person');
      return found.person;
    },

    async teams(actor) {
      requireRead(actor);
      return deps.store.listTeams(actor.orgId);
    },

    async saveTeam(actor, id, input) {
      requireEdit(actor);
      if (id !== undefined && (await deps.store.getTeam(id))?.orgId !== actor.orgId)
        throw new AppError(ErrorCode.NOT_FOUND, 'no such team');
      await requirePeople(actor.orgId, [input.leadUserId, ...input.memberUserIds]);
      const team: Team = {
        id: id ?? TeamId.parse(deps.newId()),
        orgId: actor.orgId,
        // Names are free text too, and a target's name becomes the title of every consultation room.
        name: guard(input.name),
        leadUserId: input.leadUserId,
        memberUserIds: [...new Set(input.memberUserIds)],
        referralIndications: guard(input.referralIndications),
      };
      await deps.store.putTeam(team);
      await changed(actor, 'team');
      return team;
    },

    async targets(actor) {
      requireRead(actor);
      return deps.store.listTargets(actor.orgId);
    },

    async saveTarget(actor, id, input) {
      requireEdit(actor);
      if (id !== undefined && (await deps.store.getTarget(id))?.orgId !== actor.orgId)
        throw new AppError(ErrorCode.NOT_FOUND, 'no such target');
      await requirePeople(actor.orgId, [input.leadUserId, ...input.consultantUserIds]);
      const target: ConsultTarget = {
        id: id ?? TargetId.parse(deps.newId()),
        orgId: actor.orgId,
        kind: input.kind,
        name: guard(input.name),
        ...(input.description ? { description: guard(input.description) } : {}),
        leadUserId: input.leadUserId,
        consultantUserIds: [...new Set(input.consultantUserIds)],
        dutyHours: input.dutyHours,
      };
      await deps.store.putTarget(target);
      await changed(actor, 'target');
      return target;
    },
  };
}
