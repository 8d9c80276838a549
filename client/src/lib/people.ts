import { DirectoryPeopleList, type DirectoryPerson } from '@konsiili/shared';
import { request } from './api.ts';

/**
 * The organisation's people from the professional directory, for every place the UI needs a person.
 * Anyone signed in except guests (FORBIDDEN); each given filter narrows the list.
 */
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
