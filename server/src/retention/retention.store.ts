import type { OrgId, RetentionPolicy } from '@konsiili/shared';

/** Port: each organisation's retention policy, and which purge runs have been claimed. */
export interface RetentionStore {
  getPolicy(orgId: OrgId): Promise<RetentionPolicy | undefined>;
  putPolicy(orgId: OrgId, policy: RetentionPolicy): Promise<void>;
  /**
   * Claims the purge run of one period (e.g. a day). Exactly one caller, on any node, gets true for a
   * given period; everyone else gets false.
   */
  claimRun(period: string, claimedAt: string): Promise<boolean>;
  /**
   * After a purge: makes what it erased unreadable in the store's raw files too (SQLite: WAL
   * truncated; Redis deletes keys and fields outright, so nothing is left to do there).
   */
  scrub(): Promise<void>;
}
