import type { Consult, ConsultId, OrgId } from '@konsiili/shared';
import type { SealedValue } from './client-reference-cipher.ts';

/** A consultation as stored: the version for compare-and-set, and the sealed client reference apart from it. */
export interface StoredConsult {
  consult: Consult;
  version: number;
  sealedReference?: SealedValue | undefined;
}

/** Port: e-consultations. */
export interface ConsultStore {
  /** Stores a new consultation at version 1. Rejects with DuplicateKeyError when the id is taken. */
  create(consult: Consult, sealedReference?: SealedValue): Promise<void>;
  get(id: ConsultId): Promise<StoredConsult | undefined>;
  /**
   * Replaces the consultation if its stored version is still `expectedVersion` (the version becomes one
   * more) and resolves true; resolves false when another writer got there first. The sealed reference stays.
   */
  save(consult: Consult, expectedVersion: number): Promise<boolean>;
  /** Every consultation of an organisation, oldest first. */
  listByOrg(orgId: OrgId): Promise<Consult[]>;
}
