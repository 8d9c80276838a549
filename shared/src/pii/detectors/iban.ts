import { isDigitCode, mod97 } from '../text.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

// Country code, check digits, then alphanumerics in groups separated by single spaces. Tried only at
// two-letter words followed by two digits (sticky).
const IBAN_AT = /[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}/iuy;

// Lengths of the IBANs most often seen in Finnish social and health care; others are tried 15…34.
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  FI: 18,
  AX: 18,
  SE: 24,
  NO: 15,
  DK: 18,
  EE: 20,
  LV: 21,
  LT: 20,
  DE: 22,
  GB: 22,
  IE: 22,
  NL: 18,
  BE: 16,
  FR: 27,
  ES: 24,
  IT: 27,
  PT: 25,
  PL: 28,
  AT: 20,
  CH: 21,
  IS: 26,
  TR: 26,
  UA: 29,
  RU: 33,
  IQ: 23,
  SA: 24,
  AE: 23,
  HU: 28,
  CZ: 24,
  SK: 24,
  RO: 24,
  BG: 22,
  GR: 27,
  HR: 21,
  SI: 19,
  LU: 20,
  MT: 31,
  CY: 28,
};

/** True when `compact` (no spaces, upper or lower case) is an IBAN with a valid mod-97 check. */
export function isValidIban(compact: string): boolean {
  const upper = compact.toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(upper)) return false;
  const length = IBAN_LENGTH[upper.slice(0, 2)];
  if (length !== undefined && upper.length !== length) return false;
  return mod97(upper.slice(4) + upper.slice(0, 4)) === 1;
}

/** Finds IBANs, spaced or not, upper or lower case; the span ends where the checksum closes. */
export function detectIban(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let covered = 0;
  for (const token of scan.tokens) {
    const start = token.start;
    if (token.end - start !== 2 || start < covered) continue;
    // The character after a two-letter word is the one at start + 2.
    if (!isDigitCode(token.codeAfter) || !isDigitCode(text.charCodeAt(start + 3))) continue;
    IBAN_AT.lastIndex = start;
    const m = IBAN_AT.exec(text);
    if (m === null) continue;
    const raw = m[0];
    // The shape may run on into following words: the IBAN ends where the checksum closes.
    let compact = '';
    let best = -1;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i] ?? '';
      if (ch === ' ') continue;
      compact += ch;
      const next = raw[i + 1];
      if ((next === undefined || next === ' ') && compact.length >= 15 && isValidIban(compact)) best = i + 1;
    }
    if (best > 0) {
      spans.push({ start, end: start + best, type: 'IBAN', confidence: 0.99 });
      covered = start + best;
    }
  }
  return spans;
}
