import { describe, expect, it } from 'vitest';
import { ConsultId, ConsultState, OrgId, RoomId, TargetId, UserId, type Consult } from '@konsiili/shared';
import type { ConsultRelation } from '../auth/policy.ts';
import { transition, type ConsultCommand } from './consult.ts';

const REQUESTER = UserId.parse('requester');
const OWNER = UserId.parse('owner');
const OTHER = UserId.parse('other-consultant');
const NOW = new Date('2026-03-10T10:00:00.000Z');

function aConsult(state: ConsultState, extra: Partial<Consult> = {}): Consult {
  return {
    id: ConsultId.parse('c1'),
    orgId: OrgId.parse('org'),
    targetId: TargetId.parse('psychiatry'),
    requesterId: REQUESTER,
    ...(state === ConsultState.NEW ? {} : { ownerId: OWNER }),
    state,
    urgency: '3d',
    dueAt: '2026-03-13T10:00:00.000Z',
    question: 'q',
    caseSummary: 's',
    isIdentified: false,
    hasClientReference: false,
    roomId: RoomId.parse('room'),
    history: [],
    createdAt: '2026-03-10T08:00:00.000Z',
    updatedAt: '2026-03-10T08:00:00.000Z',
    ...extra,
  };
}

const none: ConsultRelation = {
  isRequester: false,
  isOwner: false,
  isPoolMember: false,
  isPoolLead: false,
  isOrgStaff: false,
};
const ACTORS = {
  requester: { ...none, isRequester: true },
  owner: { ...none, isOwner: true, isPoolMember: true },
  poolMember: { ...none, isPoolMember: true },
  poolLead: { ...none, isPoolLead: true },
  orgStaff: { ...none, isOrgStaff: true },
  requesterInPool: { ...none, isRequester: true, isPoolMember: true },
  outsider: none,
  system: { ...none, isSystem: true },
} satisfies Record<string, ConsultRelation>;
type ActorName = keyof typeof ACTORS;

const COMMANDS: Record<ConsultCommand['action'], ConsultCommand> = {
  accept: { action: 'accept' },
  release: { action: 'release' },
  reassign: { action: 'reassign', toUserId: OTHER, isToPoolMember: true },
  request_info: { action: 'request_info', message: 'm' },
  provide_info: { action: 'provide_info', message: 'm' },
  answer: { action: 'answer', answer: 'a' },
  close: { action: 'close', outcome: { kind: 'resolved_without_referral' } },
  escalate: { action: 'escalate' },
};

/** The spec, written out: who may attempt each action … */
const WHO: Record<ConsultCommand['action'], ActorName[]> = {
  accept: ['owner', 'poolMember'],
  release: ['owner', 'poolLead'],
  reassign: ['owner', 'poolLead'],
  request_info: ['owner'],
  provide_info: ['requester', 'requesterInPool'],
  answer: ['owner'],
  close: ['requester', 'requesterInPool', 'owner'],
  escalate: ['system'],
};

/** … and, for them, where each state goes (absent: CONFLICT). */
const NEXT: Record<ConsultCommand['action'], Partial<Record<ConsultState, ConsultState>>> = {
  accept: { new: 'accepted' },
  release: { accepted: 'new', info_requested: 'new' },
  reassign: { new: 'accepted', accepted: 'accepted', info_requested: 'info_requested' },
  request_info: { accepted: 'info_requested', answered: 'info_requested' },
  provide_info: { info_requested: 'accepted' },
  answer: { accepted: 'answered' },
  close: { answered: 'closed' },
  escalate: { new: 'new', accepted: 'accepted', info_requested: 'info_requested' },
};

const STATES = Object.values(ConsultState);

describe('consult transitions: every state × every action × every actor', () => {
  for (const state of STATES) {
    for (const action of Object.keys(COMMANDS) as ConsultCommand['action'][]) {
      for (const actor of Object.keys(ACTORS) as ActorName[]) {
        const allowed = WHO[action].includes(actor);
        const to = NEXT[action][state];
        const expected = !allowed ? 'FORBIDDEN' : to === undefined ? 'CONFLICT' : to;
        it(`${state} · ${action} · ${actor} → ${expected}`, () => {
          const by = actor === 'system' ? undefined : actor === 'owner' ? OWNER : REQUESTER;
          const result = transition(aConsult(state), ACTORS[actor], COMMANDS[action], by, NOW);
          if (!result.ok) {
            expect(result.code).toBe(expected);
            return;
          }
          expect(result.consult.state).toBe(expected);
          expect(result.consult.updatedAt).toBe(NOW.toISOString());
          expect(result.consult.history.at(-1)).toMatchObject({
            at: NOW.toISOString(),
            action,
            fromState: state,
            toState: expected,
          });
        });
      }
    }
  }
});

describe('consult transition details', () => {
  it('accept makes the accepting consultant the owner and tells the requester', () => {
    const result = transition(aConsult('new'), ACTORS.poolMember, COMMANDS.accept, OTHER, NOW);
    expect(result).toMatchObject({
      ok: true,
      consult: { ownerId: OTHER },
      notices: [{ kind: 'consult_accepted', to: ['requester'] }],
    });
  });

  it('release drops the owner and tells the pool again', () => {
    const result = transition(aConsult('accepted'), ACTORS.owner, COMMANDS.release, OWNER, NOW);
    expect(result.ok && result.consult.ownerId).toBe(undefined);
    expect(result.ok && result.notices).toEqual([{ kind: 'consult_new', to: ['pool'] }]);
  });

  it('reassign only to another member of the pool who is not the requester', () => {
    const notMember = { action: 'reassign', toUserId: OTHER, isToPoolMember: false } as const;
    expect(transition(aConsult('accepted'), ACTORS.poolLead, notMember, OTHER, NOW)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const toRequester = { action: 'reassign', toUserId: REQUESTER, isToPoolMember: true } as const;
    expect(transition(aConsult('accepted'), ACTORS.poolLead, toRequester, OTHER, NOW)).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
    const toSelf = { action: 'reassign', toUserId: OWNER, isToPoolMember: true } as const;
    expect(transition(aConsult('accepted'), ACTORS.owner, toSelf, OWNER, NOW)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });

  it('answer and close keep the answer and the outcome', () => {
    const answered = transition(aConsult('accepted'), ACTORS.owner, COMMANDS.answer, OWNER, NOW);
    expect(answered.ok && answered.consult.answer).toBe('a');
    const closed = transition(aConsult('answered'), ACTORS.requester, COMMANDS.close, REQUESTER, NOW);
    expect(closed.ok && closed.consult.outcome).toEqual({ kind: 'resolved_without_referral' });
  });

  it('escalates once: a second escalation is CONFLICT', () => {
    const once = transition(aConsult('new'), ACTORS.system, COMMANDS.escalate, undefined, NOW);
    expect(once.ok && once.consult.escalatedAt).toBe(NOW.toISOString());
    expect(once.ok && once.notices).toEqual([{ kind: 'consult_escalated', to: ['lead'] }]);
    if (!once.ok) return;
    expect(transition(once.consult, ACTORS.system, COMMANDS.escalate, undefined, NOW)).toMatchObject({
      ok: false,
      code: 'CONFLICT',
    });
  });
});
