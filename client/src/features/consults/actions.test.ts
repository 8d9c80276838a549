import { describe, expect, it } from 'vitest';
import { availableActions, relationOf, type Relation } from './actions.ts';

const NOBODY: Relation = { isRequester: false, isOwner: false, isPoolMember: false, isLead: false };
const requester = { ...NOBODY, isRequester: true };
const pool = { ...NOBODY, isPoolMember: true };
const owner = { ...NOBODY, isPoolMember: true, isOwner: true };
const lead = { ...NOBODY, isLead: true };

describe('availableActions', () => {
  it.each([
    ['new', requester, []],
    ['new', pool, ['accept']],
    ['new', lead, ['reassign']],
    ['new', { ...pool, isRequester: true }, []],
    ['accepted', owner, ['answer', 'request_info', 'release', 'reassign']],
    ['accepted', pool, []],
    ['accepted', lead, ['release', 'reassign']],
    ['info_requested', requester, ['provide_info']],
    ['info_requested', owner, ['release', 'reassign']],
    ['answered', owner, ['close', 'request_info']],
    ['answered', requester, ['close']],
    ['closed', owner, []],
  ] as const)('%s for %o → %o', (state, who, expected) => {
    expect(availableActions(state, who)).toEqual(expected);
  });
});

describe('relationOf', () => {
  it('reads the parties from the consult and the pool from its target', () => {
    const consult = { requesterId: 'u-1', ownerId: 'u-2' } as never;
    const target = { leadUserId: 'u-3', consultantUserIds: ['u-2'] } as never;
    expect(relationOf(consult, target, 'u-2')).toEqual({
      isRequester: false,
      isOwner: true,
      isPoolMember: true,
      isLead: false,
    });
    expect(relationOf(consult, undefined, 'u-1').isRequester).toBe(true);
  });
});
