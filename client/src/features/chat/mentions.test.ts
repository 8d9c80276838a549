import { PresentMember, UserId } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { insertMention, mentionCandidates, mentionQueryAt, mentionsInText } from './mentions.ts';

const member = (userId: string, displayName: string, isOnline = true): PresentMember =>
  PresentMember.parse({
    roomId: 'r',
    userId,
    role: 'participant',
    displayName,
    profession: 'Sairaanhoitaja',
    isOnline,
  });

const members = [
  member('me', 'Minä Itse'),
  member('n', 'Demo Sairaanhoitaja'),
  member('s', 'Sanna Sosiaali', false),
  member('a', 'Aino Aalto'),
];
const me = UserId.parse('me');

describe('mentions', () => {
  it('[MN1] finds the @query at the caret, not inside e-mail addresses or across lines', () => {
    expect(mentionQueryAt('Hei @Sa', 7)).toEqual({ start: 4, query: 'Sa' });
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQueryAt('posti@example', 13)).toBeUndefined();
    expect(mentionQueryAt('@Sa\nmoi', 8)).toBeUndefined();
    expect(mentionQueryAt('ei mitään', 9)).toBeUndefined();
  });

  it('[MN2] suggests other members by any word of their name, online first', () => {
    expect(mentionCandidates(members, '', me, 'fi').map((m) => m.userId)).toEqual(['a', 'n', 's']);
    expect(mentionCandidates(members, 'sa', me, 'fi').map((m) => m.userId)).toEqual(['n', 's']);
    expect(mentionCandidates(members, 'min', me, 'fi')).toEqual([]);
  });

  it('[MN3] inserts @Name and keeps only mentions still in the text', () => {
    const inserted = insertMention('Hei @sa kiitos', { start: 4, query: 'sa' }, 7, 'Sanna Sosiaali');
    expect(inserted).toEqual({ text: 'Hei @Sanna Sosiaali kiitos', caret: 20 });
    const picked = [
      { userId: UserId.parse('s'), displayName: 'Sanna Sosiaali' },
      { userId: UserId.parse('a'), displayName: 'Aino Aalto' },
      { userId: UserId.parse('s'), displayName: 'Sanna Sosiaali' },
    ];
    expect(mentionsInText(inserted.text, picked)).toEqual(['s']);
  });
});
