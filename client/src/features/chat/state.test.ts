import { describe, expect, it } from 'vitest';
import { MessageId, RoomId, UserId, type ChatMessage } from '@konsiili/shared';
import {
  applyHistoryPage,
  contiguousSeq,
  emptyChat,
  hasGapBefore,
  markDeleted,
  markRead,
  mergeMessages,
  setChatEnabled,
  visibleMessages,
} from './state.ts';

const msg = (seq: number, text = `m${String(seq)}`): ChatMessage => ({
  id: MessageId.parse(`id${String(seq)}`),
  roomId: RoomId.parse('r'),
  seq,
  authorId: UserId.parse('u'),
  authorName: 'A',
  authorProfession: 'B',
  text,
  mentions: [],
  createdAt: '2026-11-25T08:00:00.000Z',
  isDeleted: false,
});

describe('chat state', () => {
  it('[CS1] merges out-of-order and duplicate deliveries into one ordered list', () => {
    let s = mergeMessages(emptyChat, [msg(3), msg(1)]);
    s = mergeMessages(s, [msg(2), msg(3), msg(1)]);
    expect(s.messages.map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(s.lastSeq).toBe(3);
  });

  it('[CS2] contiguousSeq finds where a gap starts', () => {
    expect(contiguousSeq(emptyChat)).toBe(0);
    expect(contiguousSeq(mergeMessages(emptyChat, [msg(1), msg(2), msg(4)]))).toBe(2);
    expect(contiguousSeq(mergeMessages(emptyChat, [msg(2)]))).toBe(0);
  });

  it('[CS3] counts unread only while the pane is hidden', () => {
    const hidden = mergeMessages(emptyChat, [msg(1), msg(2)], false);
    expect(hidden.unread).toBe(2);
    expect(mergeMessages(hidden, [msg(2)], false).unread).toBe(2);
    expect(mergeMessages(hidden, [msg(3)], true).unread).toBe(0);
  });

  it('[CS4] a deleted message loses its text and keeps its place', () => {
    const s = markDeleted(mergeMessages(emptyChat, [msg(1), msg(2)]), MessageId.parse('id1'));
    expect(s.messages[0]).toMatchObject({ seq: 1, text: '', isDeleted: true });
  });

  it('[CS5] a live message across a gap asks for a catch-up; the next one in line does not', () => {
    const s = mergeMessages(emptyChat, [msg(1), msg(2)]);
    expect(hasGapBefore(s, 3)).toBe(false);
    expect(hasGapBefore(s, 5)).toBe(true);
    expect(hasGapBefore(emptyChat, 1)).toBe(false);
  });

  it('[CS6] clearing my view hides what I had, keeps it in state, and shows newer messages', () => {
    const s = mergeMessages(emptyChat, [msg(1), msg(2), msg(3)]);
    expect(visibleMessages(s, 0).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect(visibleMessages(s, 2).map((m) => m.seq)).toEqual([3]);
    expect(s.messages).toHaveLength(3);
  });

  it('[CS7] chat on/off and read marks change state only when needed', () => {
    expect(setChatEnabled(emptyChat, true)).toBe(emptyChat);
    expect(setChatEnabled(emptyChat, false).isChatEnabled).toBe(false);
    const unread = mergeMessages(emptyChat, [msg(1)], false);
    expect(markRead(unread).unread).toBe(0);
    expect(markRead(emptyChat)).toBe(emptyChat);
  });

  it('[CS8] purged messages below the first page are not a gap to fetch again', () => {
    const s = applyHistoryPage(emptyChat, 0, [msg(41), msg(42)]);
    expect(contiguousSeq(s)).toBe(42);
    expect(hasGapBefore(s, 43)).toBe(false);
    expect(contiguousSeq(applyHistoryPage(s, 42, [msg(43)]))).toBe(43);
    // A gap after the floor still counts.
    expect(contiguousSeq(mergeMessages(s, [msg(45)]))).toBe(42);
  });
});
