import type { OrgId, Organisation, ServiceCatalogue } from '@konsiili/shared';

/** Port: organisations and their service catalogues. */
export interface OrganisationStore {
  /** Rejects with DuplicateKeyError when the id is taken. */
  create(org: Organisation): Promise<void>;
  get(id: OrgId): Promise<Organisation | undefined>;
  list(): Promise<Organisation[]>;
  /** Replaces the catalogue; resolves false when the organisation does not exist. */
  updateServices(id: OrgId, services: ServiceCatalogue): Promise<boolean>;
}
