import type { Consult, ConsultTarget } from '@konsiili/shared';

export type ActionName =
  'accept' | 'release' | 'reassign' | 'request_info' | 'provide_info' | 'answer' | 'close';

export interface Relation {
  isRequester: boolean;
  isOwner: boolean;
  isPoolMember: boolean;
  isLead: boolean;
}

export function relationOf(
  consult: Pick<Consult, 'requesterId' | 'ownerId'>,
  target: Pick<ConsultTarget, 'leadUserId' | 'consultantUserIds'> | undefined,
  userId: string,
): Relation {
  return {
    isRequester: consult.requesterId === userId,
    isOwner: consult.ownerId === userId,
    isPoolMember: target?.consultantUserIds.some((id) => id === userId) ?? false,
    isLead: target?.leadUserId === userId,
  };
}

type Rule = { from: readonly Consult['state'][]; may: (who: Relation) => boolean };

/**
 * The server's transition table (who may attempt a step, and from which states), so the page offers only
 * buttons that can work. The server still decides: FORBIDDEN or CONFLICT are shown if it disagrees.
 * Ordered as the buttons appear: the step that moves the request on comes first.
 */
const RULES: Record<ActionName, Rule> = {
  accept: { from: ['new'], may: (r) => r.isPoolMember && !r.isRequester },
  answer: { from: ['accepted'], may: (r) => r.isOwner },
  provide_info: { from: ['info_requested'], may: (r) => r.isRequester },
  close: { from: ['answered'], may: (r) => r.isRequester || r.isOwner },
  request_info: { from: ['accepted', 'answered'], may: (r) => r.isOwner },
  release: { from: ['accepted', 'info_requested'], may: (r) => r.isOwner || r.isLead },
  reassign: { from: ['new', 'accepted', 'info_requested'], may: (r) => r.isOwner || r.isLead },
};

export function availableActions(state: Consult['state'], who: Relation): ActionName[] {
  return (Object.keys(RULES) as ActionName[]).filter((action) => {
    const rule = RULES[action];
    return rule.from.includes(state) && rule.may(who);
  });
}
