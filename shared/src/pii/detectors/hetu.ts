import { isValidDate } from '../text.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

const CHECK_CHARS = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Readonly<Record<string, number>> = {
  '+': 1800,
  '-': 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};

// DDMMYY, century sign (possibly spaced, or replaced by a space), NNN, check character; upper or lower case.
// Tried only at runs of exactly six digits (sticky), which is where a HETU can start.
const HETU_AT = /(\d{2})(\d{2})(\d{2})(?: ?([-+A-FU-Y]) ?| )(\d{3})([0-9A-Y])(?![\p{L}\p{N}])/iuy;

const IS_JOINED_BEFORE = /[\p{L}+-]/u;

// Wording that presents the string as somebody's identity code.
const ID_CUE =
  /(?:hetu|henkilötunnu|tunnu|sotu|personbeteckning|personnummer|identity code|id code|personal id|social security)[\p{L}.]*[\s:,-]*(?:[\p{L}.]+\s+){0,3}$/iu;

/** Validates the date for the century sign and the check character of a HETU already split into parts. */
export function isValidHetu(
  dd: string,
  mm: string,
  yy: string,
  sign: string,
  nnn: string,
  check: string,
): boolean {
  const expected = CHECK_CHARS[Number(dd + mm + yy + nnn) % 31];
  if (expected !== check.toUpperCase()) return false;
  const day = Number(dd);
  const month = Number(mm);
  const year = Number(yy);
  const century = CENTURY[sign.toUpperCase()];
  if (century === undefined) {
    // The sign was replaced by a space: accept when the date exists in either recent century.
    return isValidDate(1900 + year, month, day) || isValidDate(2000 + year, month, day);
  }
  return isValidDate(century + year, month, day);
}

export interface HetuFindings {
  spans: PiiSpan[];
  /** Look-alikes with a wrong checksum or date and no identity-code wording; OTHER_ID if a name stands next to one. */
  unclaimed: PiiSpan[];
}

/** Finds Finnish personal identity codes (checksum-validated) and identity-code look-alikes. */
export function detectHetu(text: string, scan: TextScan = scanText(text)): HetuFindings {
  const spans: PiiSpan[] = [];
  const unclaimed: PiiSpan[] = [];
  const runs = scan.digitRuns;
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r] ?? 0;
    if ((runs[r + 1] ?? 0) - runStart !== 6 || IS_JOINED_BEFORE.test(text.charAt(runStart - 1))) continue;
    HETU_AT.lastIndex = runStart;
    const m = HETU_AT.exec(text);
    if (m === null) continue;
    const [whole, dd = '', mm = '', yy = '', sign = ' ', nnn = '', check = ''] = m;
    const start = m.index;
    const end = start + whole.length;
    if (isValidHetu(dd, mm, yy, sign, nnn, check)) {
      spans.push({ start, end, type: 'HETU', confidence: sign === ' ' ? 0.9 : 0.99 });
      continue;
    }
    const lookalike: PiiSpan = { start, end, type: 'OTHER_ID', confidence: 0.8 };
    if (ID_CUE.test(text.slice(Math.max(0, start - 60), start))) spans.push(lookalike);
    else if (sign !== ' ' && Number(mm) >= 1 && Number(mm) <= 12)
      unclaimed.push({ ...lookalike, confidence: 0.6 });
  }
  return { spans, unclaimed };
}
