import {
  DirectoryPeopleList,
  TargetList,
  TeamList,
  type ConsultTarget,
  type DirectoryPerson,
  type Team,
} from '@konsiili/shared';
import { request } from '../../lib/api.ts';

/** Anyone signed in except guests (FORBIDDEN); each given filter narrows the list. */
export async function searchPeople(
  query: Partial<Record<'q' | 'serviceId' | 'profession', string>>,
  signal: AbortSignal,
): Promise<DirectoryPerson[]> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value.trim());
  }
  const search = params.toString();
  const list = await request(`/api/directory/people${search ? `?${search}` : ''}`, DirectoryPeopleList, {
    signal,
  });
  return list.people;
}

export async function fetchTeams(signal: AbortSignal): Promise<Team[]> {
  return (await request('/api/directory/teams', TeamList, { signal })).teams;
}

export async function fetchTargets(signal: AbortSignal): Promise<ConsultTarget[]> {
  return (await request('/api/directory/targets', TargetList, { signal })).targets;
}
