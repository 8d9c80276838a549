import { RetentionPolicy, type OrgId } from '@konsiili/shared';
import type { RetentionStore } from '../../retention/retention.store.ts';
import type { RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

/** A claimed run is remembered for this long; periods are days, so a week is plenty. */
const RUN_CLAIM_TTL_S = 7 * 86_400;

export class RedisRetentionStore implements RetentionStore {
  readonly #client: RedisClient;
  readonly #policies: string;
  readonly #runPrefix: string;

  constructor(client: RedisClient, prefix: string) {
    this.#client = client;
    this.#policies = `${prefix}retention-policy`;
    this.#runPrefix = `${prefix}retention-run:`;
  }

  async getPolicy(orgId: OrgId): Promise<RetentionPolicy | undefined> {
    const json = await this.#client.hGet(this.#policies, orgId);
    return json === null ? undefined : RetentionPolicy.parse(parseJson(json));
  }

  async putPolicy(orgId: OrgId, policy: RetentionPolicy): Promise<void> {
    await this.#client.hSet(this.#policies, orgId, JSON.stringify(policy));
  }

  async claimRun(period: string, claimedAt: string): Promise<boolean> {
    // SET NX is the cross-node lock: of all nodes asking for the same period, one gets OK.
    const reply = await this.#client.set(`${this.#runPrefix}${period}`, claimedAt, {
      condition: 'NX',
      expiration: { type: 'EX', value: RUN_CLAIM_TTL_S },
    });
    return reply === 'OK';
  }

  scrub(): Promise<void> {
    // Purged messages and cleared states are deleted keys and fields (DEL/HDEL/ZREM), not emptied values.
    return Promise.resolve();
  }
}
