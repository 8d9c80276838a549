import type Database from 'better-sqlite3';
import { ConsultTarget, Team, type OrgId, type TargetId, type TeamId } from '@konsiili/shared';
import type { DirectoryProfile, DirectoryStore } from '../../directory/directory.store.ts';
import { parseDirectoryProfile, parseJson } from '../records.ts';
import { settle } from './settle.ts';

/** Schema step for the directory; listed in migrations.ts. */
export const DIRECTORY_SCHEMA = `
  CREATE TABLE directory_profiles (
    user_id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL,
    profile_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX directory_profiles_by_org ON directory_profiles (org_id);

  CREATE TABLE directory_teams (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    team_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX directory_teams_by_org ON directory_teams (org_id, seq);

  CREATE TABLE consult_targets (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    target_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX consult_targets_by_org ON consult_targets (org_id, seq);
`;

export class SqliteDirectoryStore implements DirectoryStore {
  readonly #putProfile: Database.Statement<[string, string, string]>;
  readonly #listProfiles: Database.Statement<[string], { profile_json: string }>;
  readonly #putTeam: Database.Statement<[string, string, string]>;
  readonly #getTeam: Database.Statement<[string], { team_json: string }>;
  readonly #listTeams: Database.Statement<[string], { team_json: string }>;
  readonly #putTarget: Database.Statement<[string, string, string]>;
  readonly #getTarget: Database.Statement<[string], { target_json: string }>;
  readonly #listTargets: Database.Statement<[string], { target_json: string }>;

  constructor(db: Database.Database) {
    this.#putProfile = db.prepare(
      `INSERT INTO directory_profiles (user_id, org_id, profile_json) VALUES (?, ?, ?)
       ON CONFLICT (user_id) DO UPDATE SET org_id = excluded.org_id, profile_json = excluded.profile_json`,
    );
    this.#listProfiles = db.prepare(
      'SELECT profile_json FROM directory_profiles WHERE org_id = ? ORDER BY user_id',
    );
    this.#putTeam = db.prepare(
      `INSERT INTO directory_teams (id, org_id, team_json) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, team_json = excluded.team_json`,
    );
    this.#getTeam = db.prepare('SELECT team_json FROM directory_teams WHERE id = ?');
    this.#listTeams = db.prepare('SELECT team_json FROM directory_teams WHERE org_id = ? ORDER BY seq');
    this.#putTarget = db.prepare(
      `INSERT INTO consult_targets (id, org_id, target_json) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET org_id = excluded.org_id, target_json = excluded.target_json`,
    );
    this.#getTarget = db.prepare('SELECT target_json FROM consult_targets WHERE id = ?');
    this.#listTargets = db.prepare('SELECT target_json FROM consult_targets WHERE org_id = ? ORDER BY seq');
  }

  putProfile(profile: DirectoryProfile): Promise<void> {
    return settle(() => {
      this.#putProfile.run(profile.userId, profile.orgId, JSON.stringify(profile));
    });
  }

  listProfiles(orgId: OrgId): Promise<DirectoryProfile[]> {
    return settle(() =>
      this.#listProfiles.all(orgId).map((r) => parseDirectoryProfile(parseJson(r.profile_json))),
    );
  }

  putTeam(team: Team): Promise<void> {
    return settle(() => {
      this.#putTeam.run(team.id, team.orgId, JSON.stringify(team));
    });
  }

  getTeam(id: TeamId): Promise<Team | undefined> {
    return settle(() => {
      const row = this.#getTeam.get(id);
      return row ? Team.parse(parseJson(row.team_json)) : undefined;
    });
  }

  listTeams(orgId: OrgId): Promise<Team[]> {
    return settle(() => this.#listTeams.all(orgId).map((r) => Team.parse(parseJson(r.team_json))));
  }

  putTarget(target: ConsultTarget): Promise<void> {
    return settle(() => {
      this.#putTarget.run(target.id, target.orgId, JSON.stringify(target));
    });
  }

  getTarget(id: TargetId): Promise<ConsultTarget | undefined> {
    return settle(() => {
      const row = this.#getTarget.get(id);
      return row ? ConsultTarget.parse(parseJson(row.target_json)) : undefined;
    });
  }

  listTargets(orgId: OrgId): Promise<ConsultTarget[]> {
    return settle(() =>
      this.#listTargets.all(orgId).map((r) => ConsultTarget.parse(parseJson(r.target_json))),
    );
  }
}
