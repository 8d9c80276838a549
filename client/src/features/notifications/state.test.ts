import type { Notification } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { EMPTY, markedRead, withNotification } from './state.ts';

function note(id: string, isRead = false): Notification {
  return {
    id,
    kind: 'consult_new',
    consultId: 'c-1',
    createdAt: '2026-03-02T08:00:00Z',
    isRead,
  } as Notification;
}

describe('notifications state', () => {
  it('puts the newest first and ignores a repeat of the same notification', () => {
    let state = withNotification(EMPTY, note('a'), 1);
    state = withNotification(state, note('b'), 2);
    state = withNotification(state, note('a'), 2);
    expect(state.notifications.map((n) => n.id)).toEqual(['a', 'b']);
    expect(state.unreadCount).toBe(2);
  });
  it('marks some or all as read and takes the server count', () => {
    const state = { notifications: [note('a'), note('b')], unreadCount: 2 };
    expect(markedRead(state, ['a'], 1).notifications.map((n) => n.isRead)).toEqual([true, false]);
    expect(markedRead(state, 'all', 0)).toEqual({
      notifications: [note('a', true), note('b', true)],
      unreadCount: 0,
    });
  });
});
