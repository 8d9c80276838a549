import { describe, expect, it } from 'vitest';
import { OrgId, TargetId, TeamId, UserId, type ConsultTarget, type Team } from '@konsiili/shared';
import type { Store } from '../../server/src/storage/store.ts';

const ORG = OrgId.parse('org-a');
const OTHER_ORG = OrgId.parse('org-b');

export function aTeam(id: string, extra: Partial<Team> = {}): Team {
  return {
    id: TeamId.parse(id),
    orgId: ORG,
    name: `Team ${id}`,
    leadUserId: UserId.parse('lead'),
    memberUserIds: [UserId.parse('lead'), UserId.parse('m1')],
    referralIndications: 'indications',
    ...extra,
  };
}

export function aTarget(id: string, extra: Partial<ConsultTarget> = {}): ConsultTarget {
  return {
    id: TargetId.parse(id),
    orgId: ORG,
    kind: 'specialty',
    name: `Target ${id}`,
    leadUserId: UserId.parse('lead'),
    consultantUserIds: [UserId.parse('c1')],
    dutyHours: [{ weekday: 1, start: '08:00', end: '16:00' }],
    ...extra,
  };
}

export function directoryStoreContract(store: () => Store): void {
  describe('directory', () => {
    it('[D1] profiles are replaced per person and listed per organisation', async () => {
      const profile = { orgId: ORG, userId: UserId.parse('u1'), tasks: ['a'], areas: ['x'] };
      await store().directory.putProfile(profile);
      await store().directory.putProfile({ ...profile, tasks: ['b', 'c'] });
      await store().directory.putProfile({ ...profile, orgId: OTHER_ORG, userId: UserId.parse('u2') });
      expect(await store().directory.listProfiles(ORG)).toEqual([{ ...profile, tasks: ['b', 'c'] }]);
    });

    it('[D2] teams read back, keep their first place when replaced, and stay in their organisation', async () => {
      await store().directory.putTeam(aTeam('t1'));
      await store().directory.putTeam(aTeam('t2'));
      await store().directory.putTeam(aTeam('t1', { name: 'Renamed' }));
      await store().directory.putTeam(aTeam('t3', { orgId: OTHER_ORG }));
      expect((await store().directory.listTeams(ORG)).map((t) => [t.id, t.name])).toEqual([
        ['t1', 'Renamed'],
        ['t2', 'Team t2'],
      ]);
      expect(await store().directory.getTeam(TeamId.parse('t2'))).toEqual(aTeam('t2'));
      expect(await store().directory.getTeam(TeamId.parse('none'))).toBeUndefined();
    });

    it('[D3] targets read back and keep their first place when replaced', async () => {
      await store().directory.putTarget(aTarget('p1'));
      await store().directory.putTarget(aTarget('p2', { kind: 'kela' }));
      await store().directory.putTarget(aTarget('p1', { consultantUserIds: [] }));
      expect((await store().directory.listTargets(ORG)).map((t) => t.id)).toEqual(['p1', 'p2']);
      expect(await store().directory.getTarget(TargetId.parse('p1'))).toEqual(
        aTarget('p1', { consultantUserIds: [] }),
      );
      expect(await store().directory.listTargets(OTHER_ORG)).toEqual([]);
    });
  });
}
