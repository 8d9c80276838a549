import { describe, expect, it } from 'vitest';
import { GrantRefusal, mediaGrants, mediaLinkToken, type MediaGrant } from './media-grant.ts';

const NOW = 1_800_000_000_000;
const grant = {
  roomId: 'room-a',
  userId: 'user-1',
  peerId: 'peer-1',
  role: 'participant',
  exp: NOW + 60_000,
} as MediaGrant;

describe('media grant', () => {
  it('[MG1] a minted grant verifies for its own room and peer', async () => {
    const grants = mediaGrants('s3cret-for-tests');
    const token = await grants.mint(grant);
    await expect(grants.verify(token, { roomId: 'room-a', peerId: 'peer-1' }, NOW)).resolves.toEqual({
      ok: true,
      grant,
    });
  });

  it('[MG2] a grant for room A is refused for room B, and for another peer', async () => {
    const grants = mediaGrants('s3cret-for-tests');
    const token = await grants.mint(grant);
    await expect(grants.verify(token, { roomId: 'room-b', peerId: 'peer-1' }, NOW)).resolves.toEqual({
      ok: false,
      reason: GrantRefusal.WRONG_ROOM,
    });
    await expect(grants.verify(token, { roomId: 'room-a', peerId: 'peer-2' }, NOW)).resolves.toEqual({
      ok: false,
      reason: GrantRefusal.WRONG_PEER,
    });
  });

  it('[MG3] an expired grant is refused', async () => {
    const grants = mediaGrants('s3cret-for-tests');
    const token = await grants.mint(grant);
    const check = await grants.verify(token, { roomId: 'room-a', peerId: 'peer-1' }, grant.exp);
    expect(check).toEqual({ ok: false, reason: GrantRefusal.EXPIRED });
  });

  it('[MG4] a grant signed with another secret, or edited, is refused', async () => {
    const forged = await mediaGrants('other-secret').mint(grant);
    const grants = mediaGrants('s3cret-for-tests');
    const expected = { roomId: 'room-a', peerId: 'peer-1' };
    expect(await grants.verify(forged, expected, NOW)).toEqual({
      ok: false,
      reason: GrantRefusal.BAD_SIGNATURE,
    });

    const token = await grants.mint(grant);
    const [, signature] = token.split('.');
    const moderator = await mediaGrants('x').mint({ ...grant, role: 'moderator' });
    const [body] = moderator.split('.');
    expect(await grants.verify(`${body!}.${signature!}`, expected, NOW)).toEqual({
      ok: false,
      reason: GrantRefusal.BAD_SIGNATURE,
    });
    expect(await grants.verify('garbage', expected, NOW)).toEqual({
      ok: false,
      reason: GrantRefusal.MALFORMED,
    });
    expect(await grants.verify('a.b.c', expected, NOW)).toEqual({
      ok: false,
      reason: GrantRefusal.MALFORMED,
    });
  });

  it('[MG5] non-ASCII content survives the round trip', async () => {
    const grants = mediaGrants('sälä-ñ-🔑');
    const token = await grants.mint({ ...grant, peerId: 'AbC_-9' });
    expect((await grants.verify(token, { roomId: 'room-a', peerId: 'AbC_-9' }, NOW)).ok).toBe(true);
  });

  it('[MG6] the link token depends on the secret and is not a grant signature', async () => {
    const a = await mediaLinkToken('one');
    expect(a).toEqual(await mediaLinkToken('one'));
    expect(a).not.toEqual(await mediaLinkToken('two'));
  });
});
