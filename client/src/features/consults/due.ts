import type { Urgency } from '@konsiili/shared';

const DAYS: Record<Urgency, number> = { today: 1, '3d': 3, '7d': 7 };

/** When an answer is due if the request is sent at `now`; the server computes the same on arrival. */
export function dueAtFor(urgency: Urgency, now: number): Date {
  return new Date(now + DAYS[urgency] * 24 * 60 * 60 * 1000);
}

/** Open requests whose due time has passed; closed or answered ones are never late. */
export function isOverdue(consult: { state: string; dueAt: string }, now: number): boolean {
  if (consult.state === 'answered' || consult.state === 'closed') return false;
  return Date.parse(consult.dueAt) < now;
}
