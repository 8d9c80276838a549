import * as mediasoup from 'mediasoup';
import type { types } from 'mediasoup';
import type { Logger } from './logger.ts';

export interface WorkerPoolOptions {
  count: number;
  rtcMinPort: number;
  rtcMaxPort: number;
  logLevel: types.WorkerLogLevel;
  /** Called after a worker died (its routers are gone); the pool has already started a replacement. */
  onDied: (worker: types.Worker) => void;
}

/** mediasoup workers, one per core. Routers go to the least loaded live worker. */
export interface WorkerPool {
  /**
   * The live worker hosting the fewest routers, preferring ones not in `avoid`. When every worker has just
   * died it waits for a replacement.
   */
  acquire(avoid?: ReadonlySet<types.Worker>): Promise<types.Worker>;
  release(worker: types.Worker): void;
  readonly size: number;
  pids(): number[];
  close(): void;
}

const RESPAWN_DELAY_MS = 1000;

export async function createWorkerPool(options: WorkerPoolOptions, logger: Logger): Promise<WorkerPool> {
  const load = new Map<types.Worker, number>();
  let isClosed = false;
  let respawning: Promise<void> | undefined;

  const spawn = async (): Promise<void> => {
    const worker = await mediasoup.createWorker({
      logLevel: options.logLevel,
      rtcMinPort: options.rtcMinPort,
      rtcMaxPort: options.rtcMaxPort,
    });
    load.set(worker, 0);
    worker.on('died', () => {
      load.delete(worker);
      logger.error({ workerPid: worker.pid, code: 'WORKER_DIED' }, 'mediasoup worker died');
      if (!isClosed) {
        const next = (respawning ?? Promise.resolve()).then(respawn);
        respawning = next;
        void next.finally(() => {
          if (respawning === next) respawning = undefined;
        });
      }
      options.onDied(worker);
    });
  };

  // A worker that cannot start again (binary gone, out of memory) is retried, not given up on: the pool
  // keeps serving with the workers it still has.
  const respawn = async (): Promise<void> => {
    while (!isClosed) {
      try {
        await spawn();
        return;
      } catch (error) {
        logger.error({ err: error, code: 'WORKER_SPAWN_FAILED' }, 'could not start a mediasoup worker');
        await new Promise((resolve) => setTimeout(resolve, RESPAWN_DELAY_MS));
      }
    }
  };

  for (let i = 0; i < options.count; i++) await spawn();

  return {
    async acquire(avoid) {
      if (load.size === 0 && respawning) await respawning;
      let best: types.Worker | undefined;
      let bestScore = Infinity;
      for (const [worker, routers] of load) {
        const score = routers + (avoid?.has(worker) ? 1_000_000 : 0);
        if (score < bestScore) [best, bestScore] = [worker, score];
      }
      if (!best) throw new Error('no live mediasoup worker');
      load.set(best, (bestScore % 1_000_000) + 1);
      return best;
    },
    release(worker) {
      const routers = load.get(worker);
      if (routers !== undefined) load.set(worker, Math.max(0, routers - 1));
    },
    get size() {
      return load.size;
    },
    pids() {
      return [...load.keys()].map((w) => w.pid);
    },
    close() {
      isClosed = true;
      for (const worker of load.keys()) worker.close();
      load.clear();
    },
  };
}
