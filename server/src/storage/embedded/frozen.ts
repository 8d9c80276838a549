/**
 * Freezes a plain JSON value all the way down. The embedded store hands the same cached object to every
 * reader; frozen, no caller can change what the next one gets.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
