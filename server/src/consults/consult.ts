import {
  ConsultState,
  ErrorCode,
  NotificationKind,
  type Consult,
  type ConsultHistoryEntry,
  type ConsultOutcome,
  type UserId,
} from '@konsiili/shared';
import { CONSULT_ACTORS, type ConsultRelation, type ConsultTransition } from '../auth/policy.ts';

/** One command on a consultation, after the guard has cleaned its free text. */
export type ConsultCommand =
  | { action: 'accept' }
  | { action: 'release' }
  | { action: 'reassign'; toUserId: UserId; isToPoolMember: boolean }
  | { action: 'request_info'; message: string }
  | { action: 'provide_info'; message: string }
  | { action: 'answer'; answer: string }
  | { action: 'close'; outcome: ConsultOutcome }
  | { action: 'escalate' };

/** Who hears about a transition; the service resolves pool and lead from the target. */
export type Audience = 'requester' | 'owner' | 'previous_owner' | 'pool' | 'lead';

export interface ConsultNotice {
  kind: NotificationKind;
  to: Audience[];
}

export type TransitionResult =
  | { ok: true; consult: Consult; notices: ConsultNotice[] }
  | { ok: false; code: typeof ErrorCode.FORBIDDEN | typeof ErrorCode.CONFLICT; reason: string };

/** The states each transition starts from. Anything else is CONFLICT. */
export const FROM_STATES: Record<ConsultTransition, readonly ConsultState[]> = {
  accept: [ConsultState.NEW],
  release: [ConsultState.ACCEPTED, ConsultState.INFO_REQUESTED],
  reassign: [ConsultState.NEW, ConsultState.ACCEPTED, ConsultState.INFO_REQUESTED],
  request_info: [ConsultState.ACCEPTED, ConsultState.ANSWERED],
  provide_info: [ConsultState.INFO_REQUESTED],
  answer: [ConsultState.ACCEPTED],
  close: [ConsultState.ANSWERED],
  escalate: [ConsultState.NEW, ConsultState.ACCEPTED, ConsultState.INFO_REQUESTED],
};

const refuse = (code: typeof ErrorCode.FORBIDDEN | typeof ErrorCode.CONFLICT, reason: string) =>
  ({ ok: false, code, reason }) as const;

/**
 * Applies one command: FORBIDDEN when this actor may never do it (the policy's CONSULT_ACTORS), CONFLICT
 * when the consultation is in the wrong state for it, else the new consultation (one history entry more,
 * every change timestamped with `now`) and whom to notify. Free text of messages is not kept here: it goes
 * to the thread.
 */
export function transition(
  consult: Consult,
  relation: ConsultRelation,
  command: ConsultCommand,
  byUserId: UserId | undefined,
  now: Date,
): TransitionResult {
  if (!CONSULT_ACTORS[command.action](relation)) return refuse(ErrorCode.FORBIDDEN, 'NOT_ALLOWED');
  if (!FROM_STATES[command.action].includes(consult.state)) return refuse(ErrorCode.CONFLICT, 'WRONG_STATE');
  const at = now.toISOString();
  const step = (
    toState: ConsultState,
    change: Partial<Consult>,
    notices: ConsultNotice[],
    isReleased = false,
  ): TransitionResult => {
    const entry: ConsultHistoryEntry = {
      at,
      action: command.action,
      fromState: consult.state,
      toState,
      ...(byUserId ? { byUserId } : {}),
    };
    const next: Consult = {
      ...consult,
      ...change,
      state: toState,
      updatedAt: at,
      history: [...consult.history, entry],
    };
    if (isReleased) delete next.ownerId;
    return { ok: true, consult: next, notices };
  };
  switch (command.action) {
    case 'accept':
      if (!byUserId) return refuse(ErrorCode.FORBIDDEN, 'NOT_ALLOWED');
      return step(ConsultState.ACCEPTED, { ownerId: byUserId }, [
        { kind: NotificationKind.CONSULT_ACCEPTED, to: ['requester'] },
      ]);
    case 'release':
      return step(ConsultState.NEW, {}, [{ kind: NotificationKind.CONSULT_NEW, to: ['pool'] }], true);
    case 'reassign':
      if (!command.isToPoolMember || command.toUserId === consult.requesterId)
        return refuse(ErrorCode.FORBIDDEN, 'NOT_POOL_MEMBER');
      if (command.toUserId === consult.ownerId) return refuse(ErrorCode.CONFLICT, 'ALREADY_OWNER');
      return step(
        consult.state === ConsultState.NEW ? ConsultState.ACCEPTED : consult.state,
        { ownerId: command.toUserId },
        [{ kind: NotificationKind.CONSULT_REASSIGNED, to: ['owner', 'previous_owner', 'requester'] }],
      );
    case 'request_info':
      return step(ConsultState.INFO_REQUESTED, {}, [
        { kind: NotificationKind.CONSULT_INFO_REQUESTED, to: ['requester'] },
      ]);
    case 'provide_info':
      return step(ConsultState.ACCEPTED, {}, [
        { kind: NotificationKind.CONSULT_INFO_PROVIDED, to: ['owner'] },
      ]);
    case 'answer':
      return step(ConsultState.ANSWERED, { answer: command.answer }, [
        { kind: NotificationKind.CONSULT_ANSWERED, to: ['requester'] },
      ]);
    case 'close':
      return step(ConsultState.CLOSED, { outcome: command.outcome }, [
        { kind: NotificationKind.CONSULT_CLOSED, to: ['requester', 'owner'] },
      ]);
    case 'escalate':
      if (consult.escalatedAt !== undefined) return refuse(ErrorCode.CONFLICT, 'ALREADY_ESCALATED');
      return step(consult.state, { escalatedAt: at }, [
        { kind: NotificationKind.CONSULT_ESCALATED, to: ['lead'] },
      ]);
  }
}

/** When the first answer was given, from the history (an answer after more information keeps the first). */
export function firstAnsweredAt(consult: Consult): string | undefined {
  return consult.history.find((h) => h.action === 'answer')?.at;
}
