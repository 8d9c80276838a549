import { describe, expect, it } from 'vitest';
import { AuditId, MessageId } from '@konsiili/shared';
import { createIdGenerator, newId, newSecret } from './ids.ts';

describe('newId', () => {
  it('matches the shared id format', () => {
    const id = newId();
    expect(AuditId.safeParse(id).success).toBe(true);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    // chat:send stores newId() as a message id without parsing it again.
    expect(MessageId.safeParse(id).success).toBe(true);
  });

  it('sorts in creation order, also within one millisecond', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the order when the clock stands still or steps back', () => {
    const times = [5_000, 5_000, 4_000, 6_000, 6_000];
    const next = createIdGenerator(() => times.shift() ?? 7_000);
    const ids = Array.from({ length: 6 }, () => next());
    expect([...ids].sort()).toEqual(ids);
  });

  it('orders ids by time first', () => {
    let now = 1_000;
    const next = createIdGenerator(() => now);
    const early = next();
    now = 1_001;
    expect(next() > early).toBe(true);
  });
});

describe('newSecret', () => {
  it('is base64url with the requested entropy', () => {
    const secret = newSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32);
    expect(newSecret(16)).not.toBe(newSecret(16));
  });

  it('refuses sizes that would be guessable', () => {
    expect(() => newSecret(8)).toThrow(RangeError);
    expect(() => newSecret(1.5)).toThrow(RangeError);
  });
});
