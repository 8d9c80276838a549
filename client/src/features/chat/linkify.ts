/** A piece of a chat message: plain text, or a link whose address has been checked. */
export type Segment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string };

// Candidate URLs stop at whitespace, quotes and angle brackets, so markup around a link never becomes
// part of its address.
const CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually ends a sentence rather than the address.
const TRAILING = /[.,;:!?)\]}]+$/;

/**
 * Splits message text into text and link segments. Only absolute http(s) URLs without credentials
 * become links; anything else (javascript:, data:, markup) stays text. The text is never parsed as
 * HTML: the component renders segments as React text nodes, which escapes them.
 */
export function linkify(text: string): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const start = match.index;
    const raw = trimTrailing(match[0]);
    const href = safeHref(raw);
    if (href === undefined) continue;
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) });
    segments.push({ kind: 'link', text: raw, href });
    cursor = start + raw.length;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return mergeText(segments);
}

/** The normalised address when `raw` is a plain http(s) URL, else undefined. */
export function safeHref(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  // user:password@host is a classic way to disguise where a link really goes.
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;
  return url.href;
}

function trimTrailing(raw: string): string {
  let out = raw.replace(TRAILING, '');
  // Keep a closing parenthesis that belongs to the address (Wikipedia-style links).
  const opens = (raw.match(/\(/g) ?? []).length;
  if (opens > 0 && raw.endsWith(')') && !out.endsWith(')')) {
    const closes = (out.match(/\)/g) ?? []).length;
    if (closes < opens) out += ')';
  }
  return out;
}

function mergeText(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    const last = out.at(-1);
    if (segment.kind === 'text' && last?.kind === 'text') {
      out[out.length - 1] = { kind: 'text', text: last.text + segment.text };
    } else {
      out.push(segment);
    }
  }
  return out;
}

/** The first line of a message, shortened, for reply quotes. */
export function firstLine(text: string, max = 120): string {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
