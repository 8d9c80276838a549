import { isDigitCode, isLetterCode } from '../text.ts';
import { findCues } from '../cues.ts';
import type { TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

const MONTHS =
  'tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kesäkuuta|heinäkuuta|elokuuta|syyskuuta|lokakuuta|marraskuuta|joulukuuta|' +
  'januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|' +
  'january|february|march|may|june|july|august|october|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec';

// Day numbers written as ordinal words: Finnish ordinal stems (neljäs, neljäntenä, kahdentenakymmenentenä),
// Swedish and English ordinals. Only read between a birth cue and a month name, so the stems may be loose.
const FI_ORDINAL = String.raw`(?:ensimmäi|toi|kolma|neljä|viide|kuude|seitsemä|kahdeksa|yhdeksä|kymmene|yhde|kahde)\p{L}*`;
const SV_ORDINAL = String.raw`(?:tjugo|trettio)?(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|sextonde|sjuttonde|artonde|nittonde)|tjugonde|trettionde`;
const EN_ORDINAL = String.raw`(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth`;
const ORDINAL = `(?:${SV_ORDINAL}|${EN_ORDINAL}|${FI_ORDINAL})`;

// Only a date introduced as a birth date is labelled; a bare birth year ("s. 1947") is an age, not a date.
// Birth cues; ../cues.ts knows their first words.
// Plural and past forms too: twins "ovat syntyneet", children "syntyivät", "are born", "föddes".
const DOB_CUE = String.raw`(?:(?:s|synt|f|b)\.|syntynyt|syntyneen|syntyneet|syntyneitä|syntyivät|syntyi|föddes|födda|syntymäaika\p{L}*|syntymäpäivä\p{L}*|född|födelsedatum|födelsedag|born|dob|d\.o\.b\.|date of birth|birth date|birthdate|täyttää\s+\d{1,3}\s*(?:vuotta|v\.?))`;
const GAP = String.raw`\s*:?\s*(?:(?:on|oli|is|was|är|den|on the|the)\s+)?`;
const DATE = String.raw`(\d{1,2}\.\s?\d{1,2}\.(?:\s?(?:19|20)?\d{2}(?!\d))?|\d{1,2}/\d{1,2}/(?:19|20)?\d{2}(?!\d)|(?:18|19|20)\d{2}-\d{2}-\d{2}|\d{1,2}(?:\.|st|nd|rd|th|:e|:a)?\s+(?:of\s+)?(?:${MONTHS})\.?(?:,?\s+(?:18|19|20)\d{2})?|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:18|19|20)\d{2}|${ORDINAL}\s+(?:of\s+)?(?:${MONTHS})(?:,?\s+(?:18|19|20)\d{2})?|(?:${MONTHS})\s+(?:the\s+)?${ORDINAL},?\s+(?:18|19|20)\d{2})(?![\p{L}\p{N}])`;
// Further birth dates of the same cue: "syntyivät 12.1.2015 ja 30.6.2017", "born 1.2.2019 and 5.8.2021".
// A comma only lists dates when a conjunction ends the list: "1.3.2010, 6.6.2012 och 12.12.2015".
const AND = String.raw`\s+(?:ja|sekä|och|and|&)\s+`;
const NEXT_DATE = new RegExp(
  String.raw`(?:${AND}|\s*,\s*(?=${DATE.replace('(', '(?:')}(?:\s*,\s*[\d./]+)*${AND}))` + DATE,
  'iuy',
);
const CUE_RE = new RegExp(DOB_CUE, 'giu');
const CUE_AT = new RegExp(DOB_CUE, 'iuy');
const AFTER_CUE = new RegExp(GAP + DATE, 'iuy');

/** True when a birth cue may start here: "s." inside "ks." or "vrs." is no cue. */
function isDobCueStart(text: string, index: number): boolean {
  const previous = text.charCodeAt(index - 1);
  return !isLetterCode(previous) && !isDigitCode(previous);
}

/** Birth dates right after the given cue ends (positions just past each cue). */
function dateOfBirthAfterCues(text: string, cueEnds: readonly number[]): PiiSpan[] {
  const spans: PiiSpan[] = [];
  for (const cueEnd of cueEnds) {
    AFTER_CUE.lastIndex = cueEnd;
    const m = AFTER_CUE.exec(text);
    const date = m?.[1];
    if (m === null || date === undefined) continue;
    const start = m.index + m[0].length - date.length;
    if (!isPossibleDate(date)) continue;
    spans.push({ start, end: start + date.length, type: 'DATE_OF_BIRTH', confidence: 0.9 });
    for (let end = start + date.length; ;) {
      NEXT_DATE.lastIndex = end;
      const next = NEXT_DATE.exec(text);
      const nextDate = next?.[1];
      if (next === null || nextDate === undefined || !isPossibleDate(nextDate)) break;
      end = next.index + next[0].length;
      spans.push({ start: end - nextDate.length, end, type: 'DATE_OF_BIRTH', confidence: 0.85 });
    }
  }
  return spans;
}

function isPossibleDate(date: string): boolean {
  const numbers = /^(\d{1,2})[./](\d{1,2})/u.exec(date);
  return !numbers || (Number(numbers[1]) <= 31 && Number(numbers[2]) <= 12 && Number(numbers[1]) !== 0);
}

/**
 * Finds birth dates (day and month at least) after a birth cue: s., synt., syntynyt, född, born, DOB …
 * With a `scan`, only the words that may open a cue (../cues.ts) are tried; without one the text is searched.
 */
export function detectDateOfBirth(text: string, scan?: TextScan): PiiSpan[] {
  const cueEnds: number[] = [];
  const cueStarts = scan === undefined ? undefined : findCues(scan).dateOfBirth;
  if (cueStarts === undefined) {
    CUE_RE.lastIndex = 0;
    for (let cue = CUE_RE.exec(text); cue !== null; cue = CUE_RE.exec(text)) {
      if (isDobCueStart(text, cue.index)) cueEnds.push(cue.index + cue[0].length);
    }
  } else {
    for (const start of cueStarts) {
      CUE_AT.lastIndex = start;
      const cue = CUE_AT.exec(text);
      if (cue !== null && isDobCueStart(text, start)) cueEnds.push(start + cue[0].length);
    }
  }
  return cueEnds.length > 0 ? dateOfBirthAfterCues(text, cueEnds) : [];
}
