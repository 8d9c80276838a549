import { describe, expect, it } from 'vitest';
import { AppError } from '../platform/app-error.ts';
import { untilSaved, type Round } from './compare-and-set.ts';

describe('untilSaved', () => {
  it('runs rounds until one is done and answers what it decided', async () => {
    const outcomes: Round<string>[] = ['lost', 'lost', { done: 'saved' }];
    let rounds = 0;
    const answer = await untilSaved(() => {
      rounds += 1;
      return Promise.resolve(outcomes.shift() ?? 'lost');
    });
    expect(answer).toBe('saved');
    expect(rounds).toBe(3);
  });

  it('refuses BUSY when every round loses the race', async () => {
    let rounds = 0;
    const error = await untilSaved<never>(() => {
      rounds += 1;
      return Promise.resolve('lost');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { reason: 'BUSY' } });
    expect(rounds).toBe(5);
  });
});
