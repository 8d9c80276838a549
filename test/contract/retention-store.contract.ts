import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, OrgId } from '@konsiili/shared';
import type { Store } from '../../server/src/storage/store.ts';

export function retentionStoreContract(store: () => Store): void {
  describe('retention', () => {
    it('[RS1] a policy reads back per organisation; none is undefined', async () => {
      const policy = { ...DEFAULT_RETENTION, pptChatDays: 7 };
      expect(await store().retention.getPolicy(OrgId.parse('org-a'))).toBeUndefined();
      await store().retention.putPolicy(OrgId.parse('org-a'), policy);
      await store().retention.putPolicy(OrgId.parse('org-a'), { ...policy, kelaHourChatDays: 3 });
      expect(await store().retention.getPolicy(OrgId.parse('org-a'))).toEqual({
        ...policy,
        kelaHourChatDays: 3,
      });
      expect(await store().retention.getPolicy(OrgId.parse('org-b'))).toBeUndefined();
    });

    it('[RS2] exactly one of many concurrent claims of a period wins', async () => {
      const claims = await Promise.all(
        Array.from({ length: 8 }, () => store().retention.claimRun('2026-11-25', '2026-11-25T03:00:00.000Z')),
      );
      expect(claims.filter(Boolean)).toHaveLength(1);
      expect(await store().retention.claimRun('2026-11-26', '2026-11-26T03:00:00.000Z')).toBe(true);
    });
  });
}
