import { useSyncExternalStore } from 'react';

/**
 * A shared clock that ticks every `tickMs` while anyone listens: one interval for the whole page, however
 * many components show the time.
 */
function createTicker(tickMs: number): () => number {
  let now = Date.now();
  let timer: ReturnType<typeof setInterval> | undefined;
  const listeners = new Set<() => void>();

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    if (!timer) {
      now = Date.now();
      timer = setInterval(() => {
        now = Date.now();
        for (const l of listeners) l();
      }, tickMs);
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        clearInterval(timer);
        timer = undefined;
      }
    };
  }

  return () => useSyncExternalStore(subscribe, () => now);
}

/** The current time in ms, refreshed every 15 s; enough for join buttons that open on the minute. */
export const useNow: () => number = createTicker(15_000);

/** The local time in ms, refreshed every second, for running timers. */
export const useSecondTicker: () => number = createTicker(1_000);
