import { ErrorCode } from '@konsiili/shared';
import { AppError } from '../platform/app-error.ts';

/** How often a change reloads and reapplies after losing a compare-and-set race. */
const ATTEMPTS = 5;

/** What one round came to: done (with its answer), or lost the race to another save. */
export type Round<T> = { done: T } | 'lost';

/**
 * Runs load → decide → compare-and-set rounds until one is done, so every change applies to the state it
 * was decided on even when another node (or command) saved in between. Refuses BUSY after a few lost races.
 */
export async function untilSaved<T>(round: () => Promise<Round<T>>): Promise<T> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const outcome = await round();
    if (outcome !== 'lost') return outcome.done;
  }
  throw new AppError(ErrorCode.CONFLICT, 'the session is busy, try again', { reason: 'BUSY' });
}
