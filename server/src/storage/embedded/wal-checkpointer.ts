import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** How often the background connection folds the WAL back into the database file. */
const CHECKPOINT_INTERVAL_MS = 500;

// Plain CommonJS evaluated in the worker: it must run the same under tsx, vitest and a compiled build,
// so it cannot be a TypeScript module of its own. The driver's path comes from the main thread.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driverPath);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = ' + workerData.synchronous);
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ failed: String(error && error.code ? error.code : 'checkpoint failed') });
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the background connection; the caller's own close then checkpoints what is left. */
  stop(): Promise<void>;
}

/**
 * Moves WAL checkpoints off the event loop. SQLite's automatic checkpoint runs inside whichever commit
 * crosses the threshold and fsyncs there, which stalls every socket for milliseconds (the fan-out
 * benchmark's p99). A PASSIVE checkpoint from a second connection in a worker thread never blocks the
 * writer. Should the worker fail, the main connection takes automatic checkpoints back so the WAL
 * cannot grow without bound.
 */
export function startWalCheckpointer(
  db: Database.Database,
  options: { file: string; synchronous: 'NORMAL' | 'FULL' },
): WalCheckpointer {
  db.pragma('wal_autocheckpoint = 0');
  const restoreAutomatic = (): void => {
    if (db.open) db.pragma('wal_autocheckpoint = 1000');
  };
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      driverPath: createRequire(import.meta.url).resolve('better-sqlite3'),
      file: options.file,
      synchronous: options.synchronous,
      intervalMs: CHECKPOINT_INTERVAL_MS,
    },
  });
  // The worker must not keep a process alive that is otherwise done (tests, CLI commands).
  worker.unref();
  let isStopped = false;
  worker.on('message', restoreAutomatic);
  worker.on('error', restoreAutomatic);
  const exited = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      if (!isStopped) restoreAutomatic();
      resolve();
    });
  });
  return {
    async stop() {
      if (isStopped) return exited;
      isStopped = true;
      // Held while it closes, or a process with nothing else to do would exit before the close.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
