import { randomBytes, randomFillSync } from 'node:crypto';

// 12 hex digits of milliseconds last until the year 10889; 6 hex digits of counter allow 16M ids per millisecond.
const TIME_DIGITS = 12;
const COUNTER_DIGITS = 6;
const COUNTER_LIMIT = 16 ** COUNTER_DIGITS;
const RANDOM_BYTES = 7;
// One getrandom call per id cost ~9 µs on the chat path; a refilled pool costs a copy.
const POOL_BYTES = RANDOM_BYTES * 512;

function createRandomHex(bytes: number): () => string {
  const pool = Buffer.alloc(POOL_BYTES);
  let offset = POOL_BYTES;
  return () => {
    if (offset + bytes > POOL_BYTES) {
      randomFillSync(pool);
      offset = 0;
    }
    const hex = pool.toString('hex', offset, offset + bytes);
    offset += bytes;
    return hex;
  };
}

/**
 * Returns an id generator whose ids sort lexicographically in creation order within this process:
 * a fixed-width hex time prefix, a per-millisecond counter, then random bits so that ids from several
 * processes do not collide. Audit paging (`before`) depends on this ordering.
 */
export function createIdGenerator(now: () => number = Date.now): () => string {
  let lastMs = 0;
  let counter = 0;
  const randomHex = createRandomHex(RANDOM_BYTES);
  return () => {
    let ms = now();
    // A clock that stands still or steps back must not break the ordering, so we keep counting from the
    // last instant we used instead of trusting the clock.
    if (ms <= lastMs) {
      ms = lastMs;
      counter += 1;
      if (counter >= COUNTER_LIMIT) {
        ms += 1;
        counter = 0;
      }
    } else {
      counter = 0;
    }
    lastMs = ms;
    return (
      ms.toString(16).padStart(TIME_DIGITS, '0') +
      counter.toString(16).padStart(COUNTER_DIGITS, '0') +
      randomHex()
    );
  };
}

/** A new unique, URL-safe id (32 lowercase hex characters) that sorts after every id this process made before. */
export const newId: () => string = createIdGenerator();

/** A random base64url string for cookies and tokens. `bytes` below 16 would be guessable, so it is refused. */
export function newSecret(bytes = 32): string {
  if (!Number.isInteger(bytes) || bytes < 16 || bytes > 1024) {
    throw new RangeError('newSecret: bytes must be an integer from 16 to 1024');
  }
  return randomBytes(bytes).toString('base64url');
}
