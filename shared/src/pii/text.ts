/** Small string helpers shared by the detectors. Pure functions over the original text. */

const OTHER_LETTER = /\p{L}/u;

/** Letter test by char code; hand-rolled because it runs on every character of every message. */
export function isLetterCode(c: number): boolean {
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  if (c <= 0x24f) return c >= 0xc0 && c !== 0xd7 && c !== 0xf7;
  if (c >= 0x370 && c <= 0x52f) return true;
  return OTHER_LETTER.test(String.fromCharCode(c));
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The `length` characters before `index`, lower-cased, for cue-word checks. */
export function before(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - length), index).toLowerCase();
}

/** Mod-97 of a digit/letter string as IBAN defines it (letters count as 10…35). */
export function mod97(chars: string): number {
  let rest = 0;
  for (const ch of chars) {
    const code = ch.charCodeAt(0);
    if (code >= 48 && code <= 57) rest = (rest * 10 + code - 48) % 97;
    else rest = (rest * 100 + code - 55) % 97;
  }
  return rest;
}

/** True when `day.month.` exists in `year` (Gregorian). */
export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}
