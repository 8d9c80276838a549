import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { REPO_ROOT } from './server.ts';

export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything the process printed, line by line (stdout and stderr). */
  output: string[];
  /** Resolves with the exit code (or signal) once the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs the real entry point (`server/src/main.ts`) as its own process, in one Node process (not the
 * tsx wrapper) so that signals and kill -9 reach the server itself.
 */
export async function spawnServer(
  env: Record<string, string>,
  timeoutMs = 20_000,
  /** Extra Node flags, e.g. --cpu-prof for a benchmark's profile. */
  nodeArgs: readonly string[] = [],
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => resolve({ code, signal }));
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output.join('\n')}`)),
      timeoutMs,
    );
    const onLine = (line: string): void => {
      output.push(line);
      if (!line.startsWith('{')) return;
      try {
        const entry = JSON.parse(line) as { msg?: string; port?: number };
        if (entry.msg === 'listening' && typeof entry.port === 'number') {
          clearTimeout(timer);
          resolve(entry.port);
        }
      } catch {
        // not a log line
      }
    };
    createInterface({ input: child.stdout }).on('line', onLine);
    createInterface({ input: child.stderr }).on('line', onLine);
    void exited.then(({ code }) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)} before listening:\n${output.join('\n')}`));
    });
  });
  return { url: `http://127.0.0.1:${port}`, port, child, output, exited };
}
