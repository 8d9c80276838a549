import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../server/src/storage/store.ts';
import { auditStoreContract } from './audit-store.contract.ts';
import { chatStoreContract } from './chat-store.contract.ts';
import { lobbyStoreContract } from './lobby-store.contract.ts';
import { retentionStoreContract } from './retention-store.contract.ts';
import { organisationStoreContract } from './organisation-store.contract.ts';
import { pptStoreContract } from './ppt-store.contract.ts';
import { rateLimitsContract } from './rate-limits.contract.ts';
import { roomStoreContract } from './room-store.contract.ts';
import { sessionStoreContract } from './session-store.contract.ts';
import { userStoreContract } from './user-store.contract.ts';
import { consultStoreContract } from './consult-store.contract.ts';
import { directoryStoreContract } from './directory-store.contract.ts';
import { jobsContract } from './jobs.contract.ts';

/** Opens an empty store of its own for one test; `cleanup` removes whatever that store left behind. */
export type StoreFactory = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

/**
 * The storage port's contract, run against every adapter. Rule prefixes: U users, S sessions,
 * O organisations, R rooms, A audit, T PPT series and sessions, L rate limits, P the store itself.
 */
export function registerStoreContract(name: string, factory: StoreFactory): void {
  describe(`Store contract: ${name}`, () => {
    let opened: Awaited<ReturnType<StoreFactory>> | undefined;
    const store = (): Store => {
      if (opened === undefined) throw new Error('the store factory failed; see the beforeEach error');
      return opened.store;
    };

    beforeEach(async () => {
      opened = await factory();
    });

    afterEach(async () => {
      const current = opened;
      opened = undefined;
      if (current === undefined) return;
      await current.store.close();
      await current.cleanup();
    });

    userStoreContract(store);
    sessionStoreContract(store);
    organisationStoreContract(store);
    roomStoreContract(store);
    auditStoreContract(store);
    pptStoreContract(store);
    chatStoreContract(store);
    lobbyStoreContract(store);
    retentionStoreContract(store);
    rateLimitsContract(store);
    directoryStoreContract(store);
    consultStoreContract(store);
    jobsContract(store);

    describe('store', () => {
      it('[P1] ping resolves while the store is open', async () => {
        await expect(store().ping()).resolves.toBeUndefined();
      });

      it('[P2] close is safe to call twice', async () => {
        await store().close();
        await expect(store().close()).resolves.toBeUndefined();
      });
    });
  });
}
