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

/**
 * The steps this person may offer in this state, mirroring the server's transition table so the page
 * shows only buttons that can work. The server still decides: FORBIDDEN or CONFLICT are shown if not.
 */
export function availableActions(state: Consult['state'], who: Relation): ActionName[] {
  const actions: ActionName[] = [];
  const isConsultant = who.isPoolMember || who.isLead;
  switch (state) {
    case 'new':
      if (isConsultant) actions.push('accept');
      if (who.isLead) actions.push('reassign');
      break;
    case 'accepted':
      if (who.isOwner) actions.push('answer', 'request_info', 'release');
      if (who.isLead || who.isOwner) actions.push('reassign');
      break;
    case 'info_requested':
      if (who.isRequester) actions.push('provide_info');
      if (who.isOwner) actions.push('answer', 'release');
      if (who.isLead || who.isOwner) actions.push('reassign');
      break;
    case 'answered':
      if (who.isOwner || who.isRequester) actions.push('close');
      if (who.isOwner) actions.push('request_info');
      break;
    case 'closed':
      break;
  }
  return actions;
}
