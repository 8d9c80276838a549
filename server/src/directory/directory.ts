import {
  OrgRole,
  type DirectoryPeopleQuery,
  type DirectoryPerson,
  type Professional,
  type Team,
} from '@konsiili/shared';
import type { DirectoryProfile } from './directory.store.ts';

/** Guests came through one invitation; they are nobody's colleague in the directory. */
export function isListed(user: Professional): boolean {
  return user.roles.some((r) => r !== OrgRole.GUEST);
}

export function toDirectoryPerson(
  user: Professional,
  profile: DirectoryProfile | undefined,
  teams: readonly Team[],
): DirectoryPerson {
  return {
    userId: user.id,
    displayName: user.displayName,
    profession: user.profession,
    ...(user.services[0] ? { serviceId: user.services[0] } : {}),
    tasks: profile?.tasks ?? [],
    areas: profile?.areas ?? [],
    teamIds: teams
      .filter((t) => t.leadUserId === user.id || t.memberUserIds.includes(user.id))
      .map((t) => t.id),
  };
}

const fold = (text: string) => text.normalize('NFC').toLocaleLowerCase('fi');

/** Every given filter must hold; `q` matches any word of name, profession, tasks or areas by substring. */
export function matchesPeopleQuery(
  person: DirectoryPerson,
  services: readonly string[],
  query: DirectoryPeopleQuery,
): boolean {
  if (query.serviceId !== undefined && !services.includes(query.serviceId)) return false;
  if (query.profession !== undefined && !fold(person.profession).includes(fold(query.profession)))
    return false;
  if (query.q === undefined || query.q === '') return true;
  const haystack = fold([person.displayName, person.profession, ...person.tasks, ...person.areas].join('\n'));
  return fold(query.q)
    .split(/\s+/)
    .filter((w) => w !== '')
    .every((word) => haystack.includes(word));
}
