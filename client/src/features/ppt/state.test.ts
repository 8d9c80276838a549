import { RoomId, SeriesId, UserId, type PptState, type QueueUpdated } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { initialPptModel, reducePpt, type PptModel } from './state.ts';

const roomId = RoomId.parse('ppt-demo-20260107');
const base: PptState = {
  roomId,
  seriesId: SeriesId.parse('demo'),
  date: '2026-01-07',
  version: 3,
  phase: 'opening',
  startsAt: '2026-01-07T11:00:00.000Z',
  endsAt: '2026-01-07T12:00:00.000Z',
  requiredServices: [],
  declarations: [],
  items: [],
  hands: [],
};

function loaded(state: PptState = base): PptModel {
  return reducePpt(initialPptModel, {
    type: 'snapshot',
    snapshot: { state, serverNow: '2026-01-07T11:00:10.000Z' },
    receivedAt: Date.parse('2026-01-07T11:00:00.000Z'),
  });
}

function update(version: number, changes: QueueUpdated['changes'], cleared?: QueueUpdated['cleared']) {
  const event: QueueUpdated = {
    roomId,
    version,
    changes,
    serverNow: '2026-01-07T11:01:00.000Z',
    ...(cleared ? { cleared } : {}),
  };
  return { type: 'updated' as const, event, receivedAt: Date.parse('2026-01-07T11:00:58.000Z') };
}

describe('reducePpt', () => {
  it('takes a snapshot and the server clock offset from it', () => {
    const model = loaded();
    expect(model.state?.version).toBe(3);
    expect(model.clockOffsetMs).toBe(10_000);
    expect(model.needsSync).toBe(false);
  });

  it('applies the next version and clears removed fields', () => {
    const floor = reducePpt(loaded(), update(4, { floorUserId: UserId.parse('u1'), phase: 'running' }));
    expect(floor.state?.version).toBe(4);
    expect(floor.state?.floorUserId).toBe('u1');
    expect(floor.state?.phase).toBe('running');
    expect(floor.clockOffsetMs).toBe(2000);
    const cleared = reducePpt(floor, update(5, {}, ['floorUserId']));
    expect(cleared.state?.version).toBe(5);
    expect(cleared.state && 'floorUserId' in cleared.state).toBe(false);
  });

  it('ignores a stale or repeated update', () => {
    const model = loaded();
    expect(reducePpt(model, update(3, { phase: 'ended' }))).toBe(model);
    expect(reducePpt(model, update(2, { phase: 'ended' }))).toBe(model);
  });

  it('asks for a resync on a gap and keeps the state until the snapshot arrives', () => {
    const model = reducePpt(loaded(), update(6, { phase: 'running' }));
    expect(model.needsSync).toBe(true);
    expect(model.state?.version).toBe(3);
    expect(model.state?.phase).toBe('opening');
    const synced = reducePpt(model, {
      type: 'snapshot',
      snapshot: { state: { ...base, version: 6, phase: 'running' }, serverNow: '2026-01-07T11:02:00.000Z' },
      receivedAt: Date.parse('2026-01-07T11:02:00.000Z'),
    });
    expect(synced.needsSync).toBe(false);
    expect(synced.state?.version).toBe(6);
    expect(synced.state?.phase).toBe('running');
  });

  it('does not step back to an older snapshot', () => {
    const model = reducePpt(loaded(), update(4, { phase: 'running' }));
    const older = reducePpt(model, {
      type: 'snapshot',
      snapshot: { state: base, serverNow: '2026-01-07T11:02:00.000Z' },
      receivedAt: 0,
    });
    expect(older.state?.version).toBe(4);
  });

  it('ignores updates of another room and before any snapshot', () => {
    expect(reducePpt(initialPptModel, update(1, { phase: 'running' }))).toBe(initialPptModel);
    const model = loaded();
    const other = update(4, { phase: 'running' });
    other.event = { ...other.event, roomId: RoomId.parse('ppt-other-20260107') };
    expect(reducePpt(model, other)).toBe(model);
  });
});
