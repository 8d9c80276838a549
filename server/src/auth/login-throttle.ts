import type { RateLimiters } from '../platform/rate-limits.ts';

// Ten wrong passwords for one account in fifteen minutes lock it; thirty failures from one address,
// whatever the usernames, pause that address. Both windows slide from the first failure.
const ACCOUNT_ATTEMPTS = 10;
const ADDRESS_ATTEMPTS = 30;
const WINDOW_S = 15 * 60;

/**
 * Port over two shared counters (every node counts against the same budget with the Redis store):
 * one per account, so guessing from many addresses still locks it, and one per address, so one
 * address cannot walk through many usernames.
 */
export interface LoginThrottle {
  /** Milliseconds until the next attempt is allowed, or undefined when it may go ahead. */
  refusal(address: string, username: string): Promise<number | undefined>;
  failed(address: string, username: string): Promise<void>;
  /** A right password clears the account's count; the address keeps what it has spent. */
  succeeded(username: string): Promise<void>;
  /** An admin lifts an account's lock before its window runs out. */
  unlock(username: string): Promise<void>;
}

export function createLoginThrottle(rateLimiters: RateLimiters): LoginThrottle {
  const account = rateLimiters({ name: 'login', points: ACCOUNT_ATTEMPTS, durationS: WINDOW_S });
  const address = rateLimiters({ name: 'login-address', points: ADDRESS_ATTEMPTS, durationS: WINDOW_S });
  const accountKey = (username: string): string => username.trim().toLowerCase();

  return {
    async refusal(ip, username) {
      const [byAccount, byAddress] = await Promise.all([account.get(accountKey(username)), address.get(ip)]);
      const waits = [
        byAccount && byAccount.consumedPoints >= ACCOUNT_ATTEMPTS ? byAccount.msBeforeNext : undefined,
        byAddress && byAddress.consumedPoints >= ADDRESS_ATTEMPTS ? byAddress.msBeforeNext : undefined,
      ].filter((ms): ms is number => ms !== undefined);
      return waits.length > 0 ? Math.max(...waits) : undefined;
    },
    async failed(ip, username) {
      await Promise.all([account.penalty(accountKey(username), 1), address.penalty(ip, 1)]);
    },
    async succeeded(username) {
      await account.delete(accountKey(username));
    },
    async unlock(username) {
      await account.delete(accountKey(username));
    },
  };
}
