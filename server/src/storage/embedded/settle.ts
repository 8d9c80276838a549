/**
 * Runs a synchronous driver call behind the async port, so that a throw becomes a rejection just as it
 * would with the Redis adapter, and callers handle errors one way.
 */
export function settle<T>(run: () => T): Promise<T> {
  return new Promise((resolve) => {
    resolve(run());
  });
}
