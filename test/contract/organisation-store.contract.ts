import { describe, expect, it } from 'vitest';
import { DEFAULT_SERVICE_CATALOGUE, OrgId, ServiceId } from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { anOrganisation, ORG_A, ORG_B, rejectionOf } from './fixtures.ts';

export function organisationStoreContract(store: () => Store): void {
  describe('organisations', () => {
    it('[O1] a created organisation reads back whole, catalogue included', async () => {
      const org = anOrganisation({ services: [...DEFAULT_SERVICE_CATALOGUE] });
      await store().organisations.create(org);
      expect(await store().organisations.get(org.id)).toEqual(org);
      expect(await store().organisations.get(ORG_B)).toBeUndefined();
    });

    it('[O1] an empty catalogue stays an empty list', async () => {
      await store().organisations.create(anOrganisation({ services: [] }));
      expect(await store().organisations.get(ORG_A)).toEqual(anOrganisation({ services: [] }));
    });

    it('[O2] a taken id is refused with DuplicateKeyError("organisations.id")', async () => {
      await store().organisations.create(anOrganisation());
      const error = await rejectionOf(store().organisations.create(anOrganisation({ name: 'Toinen' })));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'organisations.id' });
      expect(await store().organisations.get(ORG_A)).toEqual(anOrganisation());
      expect(await store().organisations.list()).toHaveLength(1);
    });

    it('[O3] list returns every organisation in creation order', async () => {
      const ids = ['org-c', 'org-a', 'org-b'].map((id) => OrgId.parse(id));
      for (const id of ids) await store().organisations.create(anOrganisation({ id, name: `Org ${id}` }));
      const listed = await store().organisations.list();
      expect(listed.map((org) => org.id)).toEqual(ids);
      expect(listed[1]).toEqual(anOrganisation({ id: ORG_A, name: 'Org org-a' }));
    });

    it('[O3] list of an empty store is empty', async () => {
      expect(await store().organisations.list()).toEqual([]);
    });

    it('[O4] updateServices replaces the catalogue and resolves true', async () => {
      await store().organisations.create(anOrganisation());
      const services = [
        { id: ServiceId.parse('new-service'), name: { fi: 'Uusi', sv: 'Ny', en: 'New' }, isActive: false },
      ];
      expect(await store().organisations.updateServices(ORG_A, services)).toBe(true);
      expect(await store().organisations.get(ORG_A)).toEqual(anOrganisation({ services }));
      expect(await store().organisations.updateServices(ORG_A, [])).toBe(true);
      expect((await store().organisations.get(ORG_A))?.services).toEqual([]);
    });

    it('[O4] updateServices of an unknown organisation resolves false and creates nothing', async () => {
      expect(await store().organisations.updateServices(ORG_B, [])).toBe(false);
      expect(await store().organisations.get(ORG_B)).toBeUndefined();
      expect(await store().organisations.list()).toEqual([]);
    });
  });
}
