import type { PresentMember, UserId } from '@konsiili/shared';

/** A member picked from the @ list while composing. */
export interface PickedMention {
  userId: UserId;
  displayName: string;
}

/** An @ being typed: where it starts and what follows it up to the caret. */
export interface MentionQuery {
  start: number;
  query: string;
}

const MAX_QUERY = 40;
export const MAX_SUGGESTIONS = 8;

/**
 * The @query the caret is in, if any. An @ counts at the start of the text or after whitespace
 * (so e-mail addresses do not open the list); the query may not cross a line break.
 */
export function mentionQueryAt(text: string, caret: number): MentionQuery | undefined {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return undefined;
  const preceding = at === 0 ? '' : before.charAt(at - 1);
  if (preceding !== '' && !/\s/.test(preceding)) return undefined;
  const query = before.slice(at + 1);
  if (query.length > MAX_QUERY || /[\n@]/.test(query) || /\s\s/.test(query)) return undefined;
  return { start: at, query };
}

/**
 * Members whose name matches the query: the whole name or any of its words starts with it,
 * ignoring case and accents' case. Me first excluded; online members first, then by name.
 */
export function mentionCandidates(
  members: readonly PresentMember[],
  query: string,
  myUserId: UserId,
  locale: string,
): PresentMember[] {
  const q = query.trim().toLocaleLowerCase(locale);
  return members
    .filter((m) => m.userId !== myUserId)
    .filter((m) => {
      if (q === '') return true;
      const name = m.displayName.toLocaleLowerCase(locale);
      return name.startsWith(q) || name.split(/\s+/).some((word) => word.startsWith(q));
    })
    .sort(
      (a, b) => Number(b.isOnline) - Number(a.isOnline) || a.displayName.localeCompare(b.displayName, locale),
    )
    .slice(0, MAX_SUGGESTIONS);
}

/** Replaces the @query with "@Name " and returns the new text and where the caret goes. */
export function insertMention(
  text: string,
  query: MentionQuery,
  caret: number,
  displayName: string,
): { text: string; caret: number } {
  const inserted = `@${displayName} `;
  const after = text.slice(caret).replace(/^ /, '');
  return {
    text: text.slice(0, query.start) + inserted + after,
    caret: query.start + inserted.length,
  };
}

/** The picked members whose "@Name" is still in the text, once each: what goes into `mentions`. */
export function mentionsInText(text: string, picked: readonly PickedMention[]): UserId[] {
  const ids: UserId[] = [];
  for (const p of picked) {
    if (text.includes(`@${p.displayName}`) && !ids.includes(p.userId)) ids.push(p.userId);
  }
  return ids;
}
