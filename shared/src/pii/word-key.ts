/**
 * Word keys: a word's first three letters (or the whole of a shorter word) as a small integer, for bitmaps
 * that rule out most words of a message before any string is made or looked up. Lexicon and cue tables
 * are built with `wordKey` on lower-case strings; the scanner computes the same key from the text.
 */

/** Keys of words of three letters or more: a 30³ grid over their first three letters (see prefixIndex). */
const PREFIX_KEYS = 30 * 30 * 30;
/** Two-letter words follow the three-letter grid, one-letter words the two-letter ones. */
const TWO_LETTER_BASE = PREFIX_KEYS;
const ONE_LETTER_BASE = TWO_LETTER_BASE + 30 * 30;

/** Size of a bitmap indexed by word key. */
export const WORD_KEY_COUNT = ONE_LETTER_BASE + 30;

// a–z, å, ä, ö, and one slot for everything else.
function letterSlot(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c === 0xe5) return 26;
  if (c === 0xe4) return 27;
  if (c === 0xf6) return 28;
  return 29;
}

/** Index of a lower-case word's first three letters in a 30³ bitmap; -1 for words shorter than three. */
export function prefixIndex(word: string): number {
  if (word.length < 3) return -1;
  return (
    (letterSlot(word.charCodeAt(0)) * 30 + letterSlot(word.charCodeAt(1))) * 30 +
    letterSlot(word.charCodeAt(2))
  );
}

/** Key of a lower-case word: its prefixIndex, or a key of its own for a one- or two-letter word. */
export function wordKey(word: string): number {
  if (word.length >= 3) return prefixIndex(word);
  const first = letterSlot(word.charCodeAt(0));
  return word.length === 2
    ? TWO_LETTER_BASE + first * 30 + letterSlot(word.charCodeAt(1))
    : ONE_LETTER_BASE + first;
}

// Slots of Latin-1 characters as they are and after toLowerCase, which maps each of them to one character.
const SLOT = new Uint8Array(0x100);
const LOWER_SLOT = new Uint8Array(0x100);
for (let c = 0; c < 0x100; c++) {
  SLOT[c] = letterSlot(c);
  LOWER_SLOT[c] = letterSlot(String.fromCharCode(c).toLowerCase().charCodeAt(0));
}

/**
 * The wordKey of a word from its length and the char codes of its first three characters as they stand in
 * the text, lower-cased first when `isLowerCased`: the scanner keys every word without making its string.
 * -1 when a character beyond Latin-1 is involved (toLowerCase may change the length there); the caller then
 * takes wordKey of the string itself.
 */
export function wordKeyOfCodes(
  length: number,
  first: number,
  second: number,
  third: number,
  isLowerCased: boolean,
): number {
  const slots = isLowerCased ? LOWER_SLOT : SLOT;
  if (first > 0xff) return -1;
  const firstSlot = slots[first] ?? 29;
  if (length === 1) return ONE_LETTER_BASE + firstSlot;
  if (second > 0xff) return -1;
  const secondSlot = slots[second] ?? 29;
  if (length === 2) return TWO_LETTER_BASE + firstSlot * 30 + secondSlot;
  if (third > 0xff) return -1;
  return (firstSlot * 30 + secondSlot) * 30 + (slots[third] ?? 29);
}
