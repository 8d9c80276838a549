import type { CueHits } from './cues.ts';
import { isDigitCode, isLetterCode } from './text.ts';

/** A word of the text: letters with inner hyphens and apostrophes (Anna-Maija, Al-Sayed, O'Brien). */
export interface Token {
  start: number;
  end: number;
  lower: string;
  isCap: boolean;
  isAllCaps: boolean;
  isSentenceStart: boolean;
  /** Followed by an English possessive 's (kept outside the span). */
  hasPossessive: boolean;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

function isUpperCode(c: number): boolean {
  if (c < 0x80) return c >= 65 && c <= 90;
  if (c <= 0xff) return c >= 0xc0 && c <= 0xde && c !== 0xd7;
  const ch = String.fromCharCode(c);
  return ch !== ch.toLowerCase();
}

/** Words and digit runs of a message, found in one pass and shared by all detectors. */
export interface TextScan {
  tokens: Token[];
  /** Maximal runs of ASCII digits as flat [start, end, start, end, …] pairs. */
  digitRuns: number[];
  /** Cue words of the cue-driven detectors, filled in lazily by ../cues.ts. */
  cues?: CueHits;
}

const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
// Character classes of Latin text by table lookup: the scan touches every character of every message.
const CHAR_KIND = new Uint8Array(0x250);
for (let c = 0; c < CHAR_KIND.length; c++)
  CHAR_KIND[c] = isDigitCode(c) ? DIGIT : isLetterCode(c) ? LETTER : OTHER;

/** Splits text into words and digit runs once per message. */
export function scanText(text: string): TextScan {
  const tokens: Token[] = [];
  const digitRuns: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    const kind = first < CHAR_KIND.length ? CHAR_KIND[first] : isLetterCode(first) ? LETTER : OTHER;
    if (kind === DIGIT) {
      const runStart = i;
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
      digitRuns.push(runStart, i);
      continue;
    }
    if (kind !== LETTER) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      const c = text.charCodeAt(i);
      if (c < CHAR_KIND.length ? CHAR_KIND[c] === LETTER : isLetterCode(c)) i++;
      else if (
        (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) &&
        isLetterCode(text.charCodeAt(i + 1))
      )
        i += 2;
      else break;
    }
    let end = i;
    // English possessive stays outside the span.
    const beforeLast = text.charCodeAt(end - 2);
    const hasPossessive =
      (beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE) &&
      text.charCodeAt(end - 1) === 115 &&
      end - 2 > start;
    if (hasPossessive) end -= 2;
    const isCap = isUpperCode(first);
    const word = text.slice(start, end);
    tokens.push({
      start,
      end,
      // Lower-case-initial words are taken as they are: toLowerCase on every word is measurable.
      lower: isCap ? word.toLowerCase() : word,
      isCap,
      // SAMUun, HUSin, ADHD: acronyms, possibly inflected.
      isAllCaps: isCap && end - start > 1 && isUpperCode(text.charCodeAt(start + 1)),
      isSentenceStart: isCap && isSentenceStart(text, start),
      hasPossessive,
    });
  }
  return { tokens, digitRuns, cues: undefined };
}

/** The words of a message (see scanText). */
export function tokenize(text: string): Token[] {
  return scanText(text).tokens;
}

const SENTENCE_END = '.!?:\n\r•*–—-';

function isSentenceStart(text: string, index: number): boolean {
  let i = index - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '“')) i--;
  return i < 0 || SENTENCE_END.includes(text.charAt(i));
}
