import type { ConsultTarget, OrgId, Team, TeamId, TargetId, UserId } from '@konsiili/shared';

/** What the directory adds to a person: tasks and areas (already through the guard). */
export interface DirectoryProfile {
  orgId: OrgId;
  userId: UserId;
  tasks: string[];
  areas: string[];
}

/** Port: the professional directory's own data; names and professions stay in the user store. */
export interface DirectoryStore {
  /** Adds or replaces the profile of one person. */
  putProfile(profile: DirectoryProfile): Promise<void>;
  listProfiles(orgId: OrgId): Promise<DirectoryProfile[]>;
  /** Adds or replaces a team. */
  putTeam(team: Team): Promise<void>;
  getTeam(id: TeamId): Promise<Team | undefined>;
  /** In the order they were first stored. */
  listTeams(orgId: OrgId): Promise<Team[]>;
  /** Adds or replaces a consultation target. */
  putTarget(target: ConsultTarget): Promise<void>;
  getTarget(id: TargetId): Promise<ConsultTarget | undefined>;
  /** In the order they were first stored. */
  listTargets(orgId: OrgId): Promise<ConsultTarget[]>;
}
