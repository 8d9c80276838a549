import { describe, expect, it } from 'vitest';
import { MessageId, RoomId, UserId, type ChatMessage } from '@konsiili/shared';
import { contiguousSeq, emptyChat, markDeleted, mergeMessages } from './state.ts';

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
});
