import { isLetterCode } from '../text.ts';
import { findCues } from '../cues.ts';
import type { TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

// Cue words that introduce a person's or a case's identifier. Form codes, ICD-10, Vnr, law and business ids
// have no such cue, so they are never matched. A few letters of inflection may follow (asiakasnumerolla).
// ../cues.ts knows the first words of these cues.
const OTHER_ID_CUE = String.raw`(?:asiakasnumero|asiakasnro|asiakas-?nro|asiakas-?id|potilas-?id|henkilö-?id|id-numero\p{L}*|asiakkaan (?:asiakas)?numero|potilaan numero|asiakastunnus|asiakkuusnumero|potilasnumero|potilasnro|potilastunnus|henkilönumero|effica|pegasos|apotti|lifecare|esko|case number|case no\.?|client number|client id|customer number|patient number|patient id|reference number|dnro|diaarinumero|ärendenummer|klientnummer|kundnummer|patientnummer|passi\p{L}*|passport(?: number| no\.?)?|passnummer|oleskelulupa\p{L}*|oleskeluluvan numero|residence permit(?: card)?(?: number)?|uppehållstillstånd\p{L}*|ajokortti\p{L}*|ajokortin numero|driving licen[cs]e(?: number)?|körkort\p{L}*|vankinumero|vanginumero|prisoner number|fångnummer|personnummer|isikukood|rekisterinumero|rekisteri|rekkari|auto|ajoneuvo\p{L}*|registration(?: number)?|reg\.? ?nro?|registreringsnummer|bil(?:en|ens)?|kilpi|plate|tunniste|vastaanottokeskuksen numero|henkilökortti\p{L}*|henkilökortin numero|id-kortti\p{L}*|identity card(?: number)?|id card(?: number)?|id-kort\p{L}*|vakuutusnumero|opiskelijanumero|student number)(?:-\p{L}+)?\p{L}{0,5}(?![\p{L}])`;
// Up to five short words between cue and identifier ("case number at the reception centre is RC-20931").
const GAP = String.raw`[\s:]*(?:(?:on|oli|is|was|är|nro|no\.?|number|numero|\(\p{L}+\)|[\p{L}]{1,12})\s+){0,5}?`;
// Plates: Finnish "ABC-123", Swedish "ABC 123" and "ABC 12D" (checked for upper case below: the regex is /i).
const ID = String.raw`([A-ZÅÄÖ]{1,4}-?\d[\d -]{2,16}\d|\d[\d -]{3,16}\d|[A-ZÅÄÖ]{2,3}-\d{1,3}|[A-ZÅÄÖ]{3} ?\d{2}[A-Z\d]|\d{8}-\d{4}|[A-Z]{1,2}\d{6,9})`;
// A plate written with a space must be upper case: "on 123" after a cue is words and a number.
const DASHED_PLATE = /^\p{L}{2,3}-\d{1,3}$/u;
const SPACED_PLATE = /^\p{L}{3} \d{2}[\p{L}\d]$/u;
const CUE_RE = new RegExp(OTHER_ID_CUE, 'giu');
const CUE_AT = new RegExp(OTHER_ID_CUE, 'iuy');
const AFTER_CUE = new RegExp(String.raw`${GAP}${ID}(?![\p{L}\p{N}])`, 'iuy');

/** True when an identifier cue may start here (not inside a longer word). */
function isOtherIdCueStart(text: string, index: number): boolean {
  return !isLetterCode(text.charCodeAt(index - 1));
}

/** Identifiers right after the given cue ends. */
function otherIdAfterCues(text: string, cueEnds: readonly number[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let consumed = 0;
  for (const cueEnd of cueEnds) {
    if (cueEnd < consumed) continue;
    AFTER_CUE.lastIndex = cueEnd;
    const m = AFTER_CUE.exec(text);
    const found = m?.[1];
    if (m === null || found === undefined) continue;
    // Grouped digits may run into the next number ("778 451 20 (Pegasos)" is fine, "1234 2 kertaa" is not).
    const id = found.replace(/[\s-]+$/u, '');
    const digitCount = id.replace(/\D/gu, '').length;
    // A bare number needs five digits so that years and counts after the cue are not taken.
    const isPlate = DASHED_PLATE.test(id) && id === id.toUpperCase();
    if (/^[\d\s]+$/u.test(id) ? digitCount < 5 : digitCount < 2 && !isPlate) continue;
    if (SPACED_PLATE.test(id) && id !== id.toUpperCase()) continue;
    const start = m.index + m[0].length - found.length;
    spans.push({ start, end: start + id.length, type: 'OTHER_ID', confidence: 0.8 });
    consumed = start + id.length;
  }
  return spans;
}

/**
 * Finds client, patient, case, passport, permit, licence and prisoner numbers and plates after a cue word.
 * With a `scan`, only the words that may open a cue (../cues.ts) are tried; without one the text is searched.
 */
export function detectOtherId(text: string, scan?: TextScan): PiiSpan[] {
  const cueEnds: number[] = [];
  const cueStarts = scan === undefined ? undefined : findCues(scan).otherId;
  if (cueStarts === undefined) {
    CUE_RE.lastIndex = 0;
    for (let cue = CUE_RE.exec(text); cue !== null; cue = CUE_RE.exec(text)) {
      if (isOtherIdCueStart(text, cue.index)) cueEnds.push(cue.index + cue[0].length);
    }
  } else {
    for (const start of cueStarts) {
      CUE_AT.lastIndex = start;
      const cue = CUE_AT.exec(text);
      if (cue !== null && isOtherIdCueStart(text, start)) cueEnds.push(start + cue[0].length);
    }
  }
  return cueEnds.length > 0 ? otherIdAfterCues(text, cueEnds) : [];
}
