import type { CueHits } from './cues.ts';
import { isDigitCode, isLetterCode } from './text.ts';
import { wordKey, wordKeyOfCodes } from './word-key.ts';

// The string methods of the per-character and per-word code are bound once here rather than called as
// text.charCodeAt(i). A library that subclasses String (the server's Redis client does:
// `class VerbatimString extends String`) turns String.prototype into a dictionary-mode object; V8 then no
// longer inlines text.charCodeAt(i), and the scan of a message gets several times slower. Bound functions
// are inlined whatever state String.prototype is in, also after bundling (a plain `const f =
// String.prototype.charCodeAt` becomes a `var`, and f.call(text, i) is then no longer inlined).
/* eslint-disable @typescript-eslint/unbound-method -- each is called with the string as its receiver */
const callCharCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt) as (
  text: string,
  index: number,
) => number;
const callSlice = Function.prototype.call.bind(String.prototype.slice) as (
  text: string,
  start: number,
  end: number,
) => string;
const callToLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase) as (
  text: string,
) => string;
/* eslint-enable @typescript-eslint/unbound-method */

/** text.charCodeAt(index), but -1 outside the text. */
function codeAt(text: string, index: number): number {
  // Out-of-range indices never reach charCodeAt: one such call de-optimises the scan, and V8 then stops
  // inlining charCodeAt there. -1 rather than NaN keeps the codes small integers wherever they are stored.
  return index >= 0 && index < text.length ? callCharCodeAt(text, index) : -1;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;
const HYPHEN = 45;

// The yes/no facts of a word share one small integer: a message has a few dozen words, and smaller objects
// keep the allocation of every message down.
const CAP = 1;
const ALL_CAPS = 2;
const SENTENCE_START = 4;
const POSSESSIVE = 8;
const INNER_HYPHEN = 16;

/**
 * A word of the text: letters with inner hyphens and apostrophes (Anna-Maija, Al-Sayed, O'Brien).
 * Its lower-case string is made on first use: most words of a message are never looked up, and the
 * detectors rule them out by `key` and the characters around them alone.
 */
export class Token {
  readonly start: number;
  readonly end: number;
  /** wordKey (./word-key.ts) of `lower`. */
  readonly key: number;
  /** Char codes of the characters just before and just after the word; -1 at the ends of the text. */
  readonly codeBefore: number;
  readonly codeAfter: number;
  private readonly text: string;
  private readonly flags: number;
  private lowerCase: string | undefined;

  /** The scanner passes what it has already read: the characters around the word and its inner marks. */
  constructor(
    text: string,
    start: number,
    end: number,
    codeBefore: number,
    codeAfter: number,
    hasPossessive: boolean,
    hasHyphen: boolean,
  ) {
    const length = end - start;
    const first = codeAt(text, start);
    const second = length > 1 ? codeAt(text, start + 1) : -1;
    const isCap = isUpperCode(first);
    let flags = (hasPossessive ? POSSESSIVE : 0) | (hasHyphen ? INNER_HYPHEN : 0);
    if (isCap) {
      flags |= CAP;
      // SAMUun, HUSin, ADHD: acronyms, possibly inflected.
      if (length > 1 && isUpperCode(second)) flags |= ALL_CAPS;
      if (isSentenceStart(text, start, codeBefore)) flags |= SENTENCE_START;
    }
    this.text = text;
    this.start = start;
    this.end = end;
    this.flags = flags;
    this.codeBefore = codeBefore;
    this.codeAfter = codeAfter;
    this.lowerCase = undefined;
    const third = length > 2 ? codeAt(text, start + 2) : -1;
    const key = wordKeyOfCodes(length, first, second, third, isCap);
    this.key = key >= 0 ? key : wordKey(this.lower);
  }

  get isCap(): boolean {
    return (this.flags & CAP) !== 0;
  }

  get isAllCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }

  get isSentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }

  /** Followed by an English possessive 's (kept outside the span). */
  get hasPossessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }

  /** Has an inner hyphen (Anna-Maija, Effica-numero). */
  get hasHyphen(): boolean {
    return (this.flags & INNER_HYPHEN) !== 0;
  }

  /** The word in lower case. Lower-case-initial words are taken as they are: toLowerCase on every word is measurable. */
  get lower(): string {
    if (this.lowerCase === undefined) {
      const word = callSlice(this.text, this.start, this.end);
      this.lowerCase = this.isCap ? callToLowerCase(word) : word;
    }
    return this.lowerCase;
  }
}

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
  // The code of the character before position i, so that a word need not read its neighbour again.
  let previous = -1;
  // Every index is checked against n before it is read (see codeAt).
  while (i < n) {
    const first = callCharCodeAt(text, i);
    const kind = first < CHAR_KIND.length ? CHAR_KIND[first] : isLetterCode(first) ? LETTER : OTHER;
    if (kind === DIGIT) {
      const runStart = i;
      previous = first;
      for (i++; i < n; i++) {
        const c = callCharCodeAt(text, i);
        if (!isDigitCode(c)) break;
        previous = c;
      }
      digitRuns.push(runStart, i);
      continue;
    }
    if (kind !== LETTER) {
      previous = first;
      i++;
      continue;
    }
    const start = i;
    let hasHyphen = false;
    let hasApostrophe = false;
    let after = -1;
    for (i++; i < n;) {
      const c = callCharCodeAt(text, i);
      if (c < CHAR_KIND.length ? CHAR_KIND[c] === LETTER : isLetterCode(c)) {
        i++;
        continue;
      }
      if (
        (c === APOSTROPHE || c === RIGHT_QUOTE || c === HYPHEN) &&
        i + 1 < n &&
        isLetterCode(callCharCodeAt(text, i + 1))
      ) {
        if (c === HYPHEN) hasHyphen = true;
        else hasApostrophe = true;
        i += 2;
        continue;
      }
      after = c;
      break;
    }
    // `after` is read again next round (and becomes `previous`); no word can start there.
    const hasPossessive = hasApostrophe && hasPossessiveEnding(text, start, i);
    const end = hasPossessive ? i - 2 : i;
    if (hasPossessive) after = codeAt(text, end);
    tokens.push(new Token(text, start, end, previous, after, hasPossessive, hasHyphen));
  }
  return { tokens, digitRuns, cues: undefined };
}

// "Sarah's mother": the English possessive stays outside the span.
function hasPossessiveEnding(text: string, start: number, end: number): boolean {
  const beforeLast = codeAt(text, end - 2);
  return (
    (beforeLast === APOSTROPHE || beforeLast === RIGHT_QUOTE) &&
    codeAt(text, end - 1) === 115 &&
    end - 2 > start
  );
}

/** The words of a message (see scanText). */
export function tokenize(text: string): Token[] {
  return scanText(text).tokens;
}

const SENTENCE_END = new Set(Array.from('.!?:\n\r•*–—-', (ch) => ch.charCodeAt(0)));
// Skipped between a sentence end and the next word: space, tab, " and “.
const LEADING = new Set(Array.from(' \t"“', (ch) => ch.charCodeAt(0)));

function isSentenceStart(text: string, index: number, codeBefore: number): boolean {
  let i = index - 1;
  let c = codeBefore;
  while (i >= 0 && LEADING.has(c)) {
    i--;
    c = codeAt(text, i);
  }
  return i < 0 || SENTENCE_END.has(c);
}
