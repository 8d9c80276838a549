import { pino } from 'pino';
import type { RoomId } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { createRooms } from './routers.ts';
import type { WorkerPool } from './workers.ts';

// The queue itself needs no worker: rooms are only made, never joined, here.
const pool: WorkerPool = {
  acquire: () => Promise.reject(new Error('no worker in unit tests')),
  release: () => undefined,
  size: 0,
  pids: () => [],
  close: () => undefined,
};
const settings = { maxPeersPerRouter: 2, listenInfos: [] };

describe('per-room queue', () => {
  it('[MR1] tasks of one room never interleave; other rooms are not held up', async () => {
    const rooms = createRooms(pool, settings, pino({ level: 'silent' }));
    const trace: string[] = [];
    const task = (name: string, ms: number) => async () => {
      trace.push(`${name}:start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      trace.push(`${name}:end`);
    };
    const roomA = 'room-a' as RoomId;
    await Promise.all([
      rooms.run(roomA, true, task('a1', 30)),
      rooms.run(roomA, true, task('a2', 1)),
      rooms.run('room-b' as RoomId, true, task('b1', 5)),
    ]);
    expect(trace.indexOf('a1:end')).toBeLessThan(trace.indexOf('a2:start'));
    expect(trace.indexOf('b1:end')).toBeLessThan(trace.indexOf('a1:end'));
  });

  it('[MR2] a failing task does not block the next one', async () => {
    const rooms = createRooms(pool, settings, pino({ level: 'silent' }));
    const roomA = 'room-a' as RoomId;
    const failed = rooms.run(roomA, true, () => Promise.reject(new Error('boom')));
    const next = rooms.run(roomA, true, () => 'ran');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('ran');
  });

  it('[MR3] only a join makes a room: other requests for an unknown room are NOT_FOUND', async () => {
    const rooms = createRooms(pool, settings, pino({ level: 'silent' }));
    await expect(rooms.run('nowhere' as RoomId, false, () => 'x')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
