/**
 * The text the detectors see: every Unicode space as U+0020, every line break as "\n", invisible characters
 * removed, characters composed (NFC). Pasted text is full of no-break spaces and zero-width characters, and
 * the detectors' patterns are written for plain spaces; without this a phone number with a U+00A0 inside is
 * not a phone number. Spans found in the normalised text are mapped back to the caller's offsets, so the
 * redaction replaces the caller's own characters whatever they were.
 */

/** A normalised text and, when it differs from the input, where each of its characters came from. */
export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the first original unit it came from; undefined when nothing changed. */
  startOf?: Int32Array;
  /** For each UTF-16 unit of `text`, the original unit just after those it came from. */
  endOf?: Int32Array;
}

// Bound once: a String subclass elsewhere in the process (see ./tokens.ts) stops V8 inlining text.charCodeAt.
// eslint-disable-next-line @typescript-eslint/unbound-method -- called with the string as its receiver
const callCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt) as (
  text: string,
  index: number,
) => number;

const SPACE = ' ';
const NEWLINE = '\n';

// U+0085 and the two Unicode separators end a line like "\n" does.
function isLineBreak(c: number): boolean {
  return c === 0x85 || c === 0x2028 || c === 0x2029;
}

// Zs except U+0020: the no-break spaces, the typographic spaces, the ideographic space.
function isOtherSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  );
}

// Characters that show nothing: zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen.
function isInvisible(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad;
}

// Characters above U+02FF that NFC leaves as they are, common in chat: dashes, quotes, ellipsis, currency
// signs and emoji (surrogates of the emoji planes). Anything else above U+02FF is checked with normalize().
function isComposedPunctuationOrEmoji(c: number): boolean {
  return (
    (c >= 0x2010 && c <= 0x2027) ||
    (c >= 0x2030 && c <= 0x205e) ||
    (c >= 0x20a0 && c <= 0x20cf) ||
    (c >= 0xd83c && c <= 0xd83e) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    c === 0xfe0f
  );
}

const COMBINING_MARK = /^\p{M}$/u;

// One-for-one replacements keep every offset: no map is needed for them.
const OTHER_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/gu;
const OTHER_BREAKS = /[\r\u0085\u2028\u2029]/gu;

/**
 * Normalises text for the detectors. The usual message (plain spaces, "\n", precomposed letters) is
 * returned as it is after one pass over its character codes; text whose only differences are other spaces
 * and line breaks (pasted text) keeps its offsets and needs no map either.
 */
export function normaliseForGuard(text: string): NormalisedText {
  let mayNeedNfc = false;
  let hasOtherSpace = false;
  let hasOtherBreak = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = callCharCodeAt(text, i);
    if (c < 0xa0) {
      if (c === 13) {
        // CRLF becomes one character: the offsets shift.
        if (i + 1 < n && callCharCodeAt(text, i + 1) === 10) return normaliseWithMap(text);
        hasOtherBreak = true;
      } else if (c === 0x85) hasOtherBreak = true;
    } else if (c < 0x300) {
      if (c === 0xa0) hasOtherSpace = true;
      else if (c === 0xad) return normaliseWithMap(text);
    } else if (isOtherSpace(c)) {
      hasOtherSpace = true;
    } else if (isLineBreak(c)) {
      hasOtherBreak = true;
    } else if (isInvisible(c)) {
      return normaliseWithMap(text);
    } else if (!isComposedPunctuationOrEmoji(c)) {
      mayNeedNfc = true;
    }
  }
  if (mayNeedNfc && text.normalize('NFC') !== text) return normaliseWithMap(text);
  let normalised = text;
  if (hasOtherSpace) normalised = normalised.replace(OTHER_SPACES, SPACE);
  if (hasOtherBreak) normalised = normalised.replace(OTHER_BREAKS, NEWLINE);
  return { text: normalised };
}

function normaliseWithMap(text: string): NormalisedText {
  const n = text.length;
  // Composition may make a chunk longer (rarely); the arrays grow then.
  let startOf = new Int32Array(n + 8);
  let endOf = new Int32Array(n + 8);
  const parts: string[] = [];
  let length = 0;
  // Unchanged characters are copied as runs: [runStart, i) maps one to one.
  let runStart = 0;
  const ensure = (extra: number): void => {
    if (length + extra <= startOf.length) return;
    const grownStart = new Int32Array((length + extra) * 2);
    const grownEnd = new Int32Array((length + extra) * 2);
    grownStart.set(startOf);
    grownEnd.set(endOf);
    startOf = grownStart;
    endOf = grownEnd;
  };
  const flushRun = (end: number): void => {
    if (end <= runStart) return;
    ensure(end - runStart);
    for (let k = runStart; k < end; k++) {
      startOf[length] = k;
      endOf[length] = k + 1;
      length++;
    }
    parts.push(text.slice(runStart, end));
  };
  const emit = (piece: string, start: number, end: number): void => {
    ensure(piece.length);
    for (let k = 0; k < piece.length; k++) {
      startOf[length] = start;
      endOf[length] = end;
      length++;
    }
    parts.push(piece);
  };
  let i = 0;
  while (i < n) {
    const c = callCharCodeAt(text, i);
    if (c < 0x300 && c !== 13 && c !== 0x85 && c !== 0xa0 && c !== 0xad && !isCombiningAt(text, i + 1)) {
      i++;
      continue;
    }
    if (c >= 0x300 && isComposedPunctuationOrEmoji(c) && !isCombiningAt(text, i + 1)) {
      i++;
      continue;
    }
    flushRun(i);
    if (c === 13) {
      const end = i + 1 < n && callCharCodeAt(text, i + 1) === 10 ? i + 2 : i + 1;
      emit(NEWLINE, i, end);
      i = end;
    } else if (isLineBreak(c)) {
      emit(NEWLINE, i, i + 1);
      i++;
    } else if (isOtherSpace(c)) {
      emit(SPACE, i, i + 1);
      i++;
    } else if (isInvisible(c)) {
      i++;
    } else {
      // A base character with the combining marks that follow it is composed as one unit.
      const start = i;
      i += isSurrogatePairAt(text, i) ? 2 : 1;
      while (i < n && isCombiningAt(text, i)) i += isSurrogatePairAt(text, i) ? 2 : 1;
      emit(text.slice(start, i).normalize('NFC'), start, i);
    }
    runStart = i;
  }
  flushRun(n);
  return { text: parts.join(''), startOf: startOf.subarray(0, length), endOf: endOf.subarray(0, length) };
}

function isSurrogatePairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
}

function isCombiningAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 0x300) return false;
  return COMBINING_MARK.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

/** Maps spans found in `normalised.text` back to offsets of the text it was made from. */
export function toOriginalSpans<T extends { start: number; end: number }>(
  spans: T[],
  normalised: NormalisedText,
): T[] {
  const { startOf, endOf } = normalised;
  if (startOf === undefined || endOf === undefined) return spans;
  return spans.map((span) => ({
    ...span,
    start: startOf[span.start] ?? span.start,
    end: span.end > span.start ? (endOf[span.end - 1] ?? span.end) : (startOf[span.start] ?? span.start),
  }));
}
