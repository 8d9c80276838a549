import type { PptState, RetentionPolicy, RoomKind } from '@konsiili/shared';

const DAY_MS = 86_400_000;

/** The purge runs once per UTC day, whichever node gets there first. */
export function purgePeriod(now: Date): string {
  return now.toISOString().slice(0, 10);
}

export function chatRetentionDays(policy: RetentionPolicy, kind: RoomKind): number {
  switch (kind) {
    case 'ppt_session':
      return policy.pptChatDays;
    case 'kela_hour':
      return policy.kelaHourChatDays;
    case 'e_consultation':
      return policy.consultationMessageDays;
  }
}

/** Messages created before this instant have outlived their room kind's retention. */
export function chatCutoff(policy: RetentionPolicy, kind: RoomKind, now: Date): string {
  return new Date(now.getTime() - chatRetentionDays(policy, kind) * DAY_MS).toISOString();
}

export function caseCutoff(policy: RetentionPolicy, now: Date): string {
  return new Date(now.getTime() - policy.caseOutcomeDays * DAY_MS).toISOString();
}

function hasFreeText(state: PptState): boolean {
  return state.items.some((i) => i.title !== '' || i.question !== '' || (i.outcome?.nextSteps ?? '') !== '');
}

/**
 * Removes the free text of an ended session (titles, questions, agreed next steps) and keeps its
 * structure: how many items, their status and minutes, which services took the next steps. Returns
 * undefined when there is nothing left to remove.
 */
export function withoutFreeText(state: PptState): PptState | undefined {
  if (!hasFreeText(state)) return undefined;
  return {
    ...state,
    version: state.version + 1,
    items: state.items.map((item) => ({
      ...item,
      title: '',
      question: '',
      ...(item.outcome ? { outcome: { ...item.outcome, nextSteps: '' } } : {}),
    })),
  };
}
