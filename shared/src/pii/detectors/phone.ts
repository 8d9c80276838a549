import { before } from '../text.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

// International (+CC, optional "(0)") or national (0… or (0…)) numbers in spaced or dashed groups.
// Tried only where a digit run starts with 0 or follows "+" or "(" (sticky).
const PHONE_AT =
  /(?:\+\d{1,3}(?:[ -]?\(0\))?(?:[ -]?\d{1,5}){2,6}|\(0\d{1,3}\)(?:[ -]?\d{2,5}){1,4}|0\d{1,3}(?:[ -]?\d{2,5}){1,4})(?![\p{L}\p{N}]|[.,:/-]\d)/uy;
// A number glued to a word or another number ("v.040", "12/040…") is not a phone number.
const IS_JOINED_BEFORE = /[\p{L}\p{N}+/.,:-]/u;

// A phone cue written without a space before the number ("puh.0401234567", "tel:+358…", "tfn:040…"): the
// number is glued to a word, but the word says what it is.
const GLUED_CUE =
  /(?:^|[^\p{L}])(?:puh|puhelin|puhelinnumero|matkapuhelin|kotipuhelin|p|gsm|mob|mobil|mobile|mobiili|kännykkä|känny|tel|tfn|tlf|telefon|telefonnummer|phone|ph|cell|nro|numero|nummer)\.?:?$/iu;

// Without any mark between: "puh0401234567", "tel+358…" (longer cue words only: "p040…" is too weak).
const GLUED_CUE_WORD = /(?:^|[^\p{L}])(?:puh|puhelin|gsm|mob|mobil|mobile|tel|tfn|tlf|phone|nro|numero)$/iu;

function isGluedToCue(text: string, start: number): boolean {
  const previous = charAt(text, start - 1);
  if (previous === '.' || previous === ':') return GLUED_CUE.test(before(text, start, 16));
  return previous !== '' && isLetter(previous) && GLUED_CUE_WORD.test(before(text, start, 16));
}

function isLetter(ch: string): boolean {
  return ch.toLowerCase() !== ch.toUpperCase();
}

// Finnish nation-wide business and service prefixes (Kela 020 …, public sector 029 …, 0800/0600 …).
const SERVICE_PREFIX = /^0(?:10|20|29|30|60|70|73|75|80|100|200|300)/;

// The number of an organisation or a switchboard, not of a person.
const SERVICE_CUE =
  /(?:vaihde|vaihteen|vaihteeseen|palvelunumero|palvelunumeroon|asiakaspalvelu|neuvonta|neuvontanumero|switchboard|helpline|hotline|växel|kundtjänst|servicenummer|service number|päivystysnumero|kriisipuhelin|yleisnumero|general number|info|ajanvaraus|ajanvarau|tidsbokning|appointments?)\S*[\s:]*(?:\S+\s+){0,2}$/iu;

// The general number of a unit: "osaston numero 03 311 65432", "Ward 6A: 03 311 65432".
const UNIT_CUE =
  /(?:osasto|osaston|yksikkö|yksikön|toimisto|toimiston|vastaanotto|vastaanoton|neuvola|neuvolan|päivystys|päivystyksen|poliklinikka|poliklinikan|ward|unit|clinic|reception|avdelning|avdelningens|mottagning|mottagningens)\s*(?:\d+\p{L}?\s*)?(?:(?:yleis|puhelin)?numero\p{L}*|puh\.?|tel\.?|number|nummer)?\s*:?\s*$/iu;

// text.charAt(index) by indexing, which does not go through String.prototype: that can be slow (../tokens.ts).
function charAt(text: string, index: number): string {
  return index >= 0 ? (text[index] ?? '') : '';
}

/** Finds phone numbers of persons in Finnish and international formats; service numbers are skipped. */
export function detectPhone(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const runs = scan.digitRuns;
  let covered = 0;
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r] ?? 0;
    if (runStart < covered) continue;
    const previous = charAt(text, runStart - 1);
    let start = runStart;
    let m: RegExpExecArray | null = null;
    if (previous === '+' || previous === '(') {
      PHONE_AT.lastIndex = runStart - 1;
      m = PHONE_AT.exec(text);
      if (m !== null) start = runStart - 1;
    }
    if (m === null) {
      if (charAt(text, runStart) !== '0') continue;
      if (IS_JOINED_BEFORE.test(previous) && !isGluedToCue(text, runStart)) continue;
      PHONE_AT.lastIndex = runStart;
      m = PHONE_AT.exec(text);
    }
    if (m === null) continue;
    if (IS_JOINED_BEFORE.test(charAt(text, start - 1)) && !isGluedToCue(text, start)) continue;
    covered = start + m[0].length;
    const raw = m[0];
    const digits = raw.replace(/\D/gu, '');
    const isInternational = raw.startsWith('+');
    if (isInternational ? digits.length < 8 || digits.length > 15 : digits.length < 7 || digits.length > 12)
      continue;
    let national = digits;
    if (isInternational && digits.startsWith('358')) national = '0' + digits.slice(3).replace(/^0/u, '');
    // Swedish mobiles start 070/073 like Finnish service numbers; a personal cue glued to it tells them apart.
    if (national.startsWith('0') && SERVICE_PREFIX.test(national) && !isGluedToCue(text, start)) continue;
    const context = before(text, start, 40);
    if (SERVICE_CUE.test(context) || UNIT_CUE.test(context)) continue;
    spans.push({ start, end: start + raw.length, type: 'PHONE', confidence: 0.9 });
  }
  return spans;
}
