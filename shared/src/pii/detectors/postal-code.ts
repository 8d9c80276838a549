import { before } from '../text.ts';
import { findCues } from '../cues.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';
import { getLexicon } from '../lexicon.ts';
import { analyseCached } from './name-analysis.ts';

// A postal code that locates a person without a street address. The town after it stays outside.
const CUED_SOURCE = String.raw`(?:postinumero\p{L}*|postinro|postnummer\p{L}*|postnumret|postal code|post code|postcode|zip code|zip|alueelle|alueella|alueelta|alueen|området|area)\s*:?\s*(?:(?:on|oli|är|is|was)\s+)?(\d{5})(:\p{L}{1,4})?(?![\p{N}])`;
const CUED_AT = new RegExp(CUED_SOURCE, 'iuy');

// "asuu 33100 Tampere", "muutti 00530:een": a bare code right after a residence verb.
const RESIDENCE_AT = /(\d{5})(:\p{L}{1,4})?(?=[\s,.]|$)/uy;
const RESIDENCE_CUE =
  /(?:asuu|asui|asuvat|muutti|muuttanut|muuttaa|bor|bodde|flyttat|flyttade|lives|lived|moved)\s+(?:nyt\s+|now\s+|nu\s+)?(?:in\s+|i\s+|to\s+)?$/iu;

// "muutti 33720 Tampere", "asuu nykyään 90100 Oulussa": a code followed by a town, in any case, places a
// person even without a cue, unless it ends a street address (the ADDRESS detector's) or an organisation's.
const TOWN_AT = /(\d{5})(:\p{L}{1,4})?\s(\p{Lu}\p{Ll}[\p{L}-]*)(?![\p{L}\p{N}])/uy;
const HOUSE_NUMBER_BEFORE = /\d\s?\p{L}?(?:\s?(?:as\.?|lgh\.?|bst\.?)?\s?\d{1,4})?\s*,?\s*$/u;
const ORGANISATION_BEFORE =
  /(?:kaupunki|kaupungin|kunta|kunnan|oy|oyj|ry|ab|ltd|inc|toimisto|toimipiste|keskus|sairaala|kela|virasto|yksikkö|säätiö|yhdistys|seurakunta|office|kommun|stad|käyntiosoite|besöksadress|visiting|postiosoite|laskutusosoite|pl|pb|box)\p{L}*[\s,:.]*(?:\S+\s+){0,3}$/iu;

function isTown(word: string): boolean {
  const a = analyseCached(word.toLowerCase(), getLexicon());
  return a.isPlace && !a.isOrganisation;
}

function pushCued(m: RegExpExecArray, spans: PiiSpan[]): void {
  const code = m[1] ?? '';
  const ending = m[2] ?? '';
  const end = m.index + m[0].length;
  const start = end - code.length - ending.length;
  // The same code may already be there as a code before a town.
  if (spans.some((span) => span.start === start)) return;
  spans.push({ start, end, type: 'POSTAL_CODE', confidence: 0.85 });
}

/**
 * Finds postal codes that place a person (after postinumero/postnummer/alueella … or a residence verb).
 * Cued codes are tried at the cue words found by ../cues.ts, residence codes at five-digit runs.
 */
export function detectPostalCode(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const spans: PiiSpan[] = [];
  const runs = scan.digitRuns;
  for (let r = 0; r < runs.length; r += 2) {
    const runStart = runs[r] ?? 0;
    if ((runs[r + 1] ?? 0) - runStart !== 5) continue;
    RESIDENCE_AT.lastIndex = runStart;
    const m = RESIDENCE_AT.exec(text);
    if (m !== null && RESIDENCE_CUE.test(before(text, runStart, 30))) {
      spans.push({ start: runStart, end: runStart + m[0].length, type: 'POSTAL_CODE', confidence: 0.7 });
      continue;
    }
    TOWN_AT.lastIndex = runStart;
    const town = TOWN_AT.exec(text);
    if (town === null || !isTown(town[3] ?? '') || /\p{N}/u.test(text.charAt(runStart - 1))) continue;
    const context = before(text, runStart, 50);
    if (HOUSE_NUMBER_BEFORE.test(context) || ORGANISATION_BEFORE.test(context)) continue;
    const length = 5 + (town[2]?.length ?? 0);
    spans.push({ start: runStart, end: runStart + length, type: 'POSTAL_CODE', confidence: 0.6 });
  }
  for (const start of findCues(scan).postalCode) {
    CUED_AT.lastIndex = start;
    const m = CUED_AT.exec(text);
    if (m !== null) pushCued(m, spans);
  }
  return spans;
}
