import { RateLimiterRes } from 'rate-limiter-flexible';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/src/storage/store.ts';

/** Rate-limit counters kept by the store (rule prefix L). */
export function rateLimitsContract(store: () => Store): void {
  describe('rate limits', () => {
    it('[L1] grants the budget, then refuses with the time until the window frees up', async () => {
      const limiter = store().rateLimiters({ name: 'contract', points: 3, durationS: 60 });
      for (let i = 0; i < 3; i++) await limiter.consume('user-a');
      const refusal: unknown = await limiter.consume('user-a').catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(RateLimiterRes);
      expect((refusal as RateLimiterRes).msBeforeNext).toBeGreaterThan(55_000);
      expect((refusal as RateLimiterRes).msBeforeNext).toBeLessThanOrEqual(60_000);
    });

    it('[L2] counts keys and families apart', async () => {
      const login = store().rateLimiters({ name: 'contract-login', points: 1, durationS: 60 });
      const chat = store().rateLimiters({ name: 'contract-chat', points: 1, durationS: 60 });
      await login.consume('same-key');
      await expect(chat.consume('same-key')).resolves.toBeInstanceOf(RateLimiterRes);
      await expect(login.consume('other-key')).resolves.toBeInstanceOf(RateLimiterRes);
      await expect(login.consume('same-key')).rejects.toBeInstanceOf(RateLimiterRes);
    });

    it('[L3] forgets a key on delete, and a penalty uses up the budget', async () => {
      const limiter = store().rateLimiters({ name: 'contract-penalty', points: 2, durationS: 60 });
      await limiter.penalty('user-a', 2);
      expect((await limiter.get('user-a'))?.consumedPoints).toBe(2);
      await expect(limiter.consume('user-a')).rejects.toBeInstanceOf(RateLimiterRes);
      await limiter.delete('user-a');
      expect(await limiter.get('user-a')).toBeNull();
      await expect(limiter.consume('user-a')).resolves.toBeInstanceOf(RateLimiterRes);
    });
  });
}
