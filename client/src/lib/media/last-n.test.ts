import type { UserId } from '@konsiili/shared';
import { describe, expect, it } from 'vitest';
import { rememberSpeaker, selectLastN, type VideoCandidate } from './last-n.ts';

const u = (id: string) => id as UserId;
const cam = (user: string): VideoCandidate => ({
  producerId: `cam-${user}`,
  userId: u(user),
  source: 'camera',
});

describe('selectLastN', () => {
  const candidates = ['a', 'b', 'c', 'd', 'e'].map(cam);

  it('receives everyone when the room is small', () => {
    expect(selectLastN({ candidates, limit: 9 }).size).toBe(5);
  });

  it('keeps the stable order when nobody has spoken', () => {
    expect([...selectLastN({ candidates, limit: 2 })]).toEqual(['cam-a', 'cam-b']);
  });

  it('prefers screen share, presenter, active speaker, then recent speakers', () => {
    const screen: VideoCandidate = { producerId: 'screen-e', userId: u('e'), source: 'screen' };
    const picked = selectLastN({
      candidates: [...candidates, screen],
      limit: 4,
      presenterId: u('d'),
      activeSpeakerId: u('c'),
      recentSpeakers: [u('b'), u('a')],
    });
    expect([...picked]).toEqual(['screen-e', 'cam-d', 'cam-c', 'cam-b']);
  });

  it('never selects a negative number', () => {
    expect(selectLastN({ candidates, limit: -1 }).size).toBe(0);
  });
});

describe('rememberSpeaker', () => {
  it('moves the speaker to the front without duplicates and caps the list', () => {
    expect(rememberSpeaker([u('a'), u('b')], u('b'))).toEqual(['b', 'a']);
    expect(rememberSpeaker([u('a')], null)).toEqual(['a']);
    expect(rememberSpeaker([u('a'), u('b'), u('c')], u('d'), 2)).toEqual(['d', 'a']);
  });
});
