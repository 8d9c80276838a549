import {
  ConsultTarget,
  DirectoryPerson,
  TargetList,
  Team,
  TeamList,
  type SaveTargetRequest,
  type SaveTeamRequest,
  type UpdateDirectoryPersonRequest,
} from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export { searchPeople } from '../../lib/people.ts';

export async function fetchTeams(signal: AbortSignal): Promise<Team[]> {
  return (await request('/api/directory/teams', TeamList, { signal })).teams;
}

export async function fetchTargets(signal: AbortSignal): Promise<ConsultTarget[]> {
  return (await request('/api/directory/targets', TargetList, { signal })).targets;
}

/** Org admins only (FORBIDDEN otherwise); tasks and areas pass the PII guard on the server. */
export function updatePerson(userId: string, input: UpdateDirectoryPersonRequest): Promise<DirectoryPerson> {
  return request(`/api/directory/people/${encodeURIComponent(userId)}`, DirectoryPerson, {
    method: 'PUT',
    body: input,
  });
}

/** Creates a team, or updates the one with `id`; org admins only. */
export function saveTeam(id: string | undefined, input: SaveTeamRequest): Promise<Team> {
  return id === undefined
    ? request('/api/directory/teams', Team, { method: 'POST', body: input })
    : request(`/api/directory/teams/${encodeURIComponent(id)}`, Team, { method: 'PUT', body: input });
}

/** Creates a consultation target, or updates the one with `id`; org admins only. */
export function saveTarget(id: string | undefined, input: SaveTargetRequest): Promise<ConsultTarget> {
  return id === undefined
    ? request('/api/directory/targets', ConsultTarget, { method: 'POST', body: input })
    : request(`/api/directory/targets/${encodeURIComponent(id)}`, ConsultTarget, {
        method: 'PUT',
        body: input,
      });
}
