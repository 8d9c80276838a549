import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findWorkerBin } from './worker-bin.ts';

const dirs: string[] = [];
function cache(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'konsiili-worker-cache-'));
  dirs.push(dir);
  return dir;
}
function build(dir: string, name: string, mtimeS: number): string {
  mkdirSync(path.join(dir, name));
  const file = path.join(dir, name, 'mediasoup-worker');
  writeFileSync(file, '');
  utimesSync(file, mtimeS, mtimeS);
  return file;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('findWorkerBin', () => {
  it('[WB1] MEDIASOUP_WORKER_BIN wins when the file exists, and is not guessed around when it does not', () => {
    const dir = cache();
    const file = build(dir, 'a', 1000);
    expect(findWorkerBin({ MEDIASOUP_WORKER_BIN: file }, dir)).toBe(file);
    expect(findWorkerBin({ MEDIASOUP_WORKER_BIN: path.join(dir, 'missing') }, dir)).toBeUndefined();
  });

  it('[WB2] otherwise the newest build in the cache; none when the cache is empty or absent', () => {
    const dir = cache();
    expect(findWorkerBin({}, dir)).toBeUndefined();
    expect(findWorkerBin({}, path.join(dir, 'absent'))).toBeUndefined();
    build(dir, 'old', 1000);
    const newest = build(dir, 'new', 2000);
    mkdirSync(path.join(dir, 'half-built'));
    expect(findWorkerBin({}, dir)).toBe(newest);
  });
});
