import { before } from '../text.ts';
import { findCues } from '../cues.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

// A postal code that locates a person without a street address. The town after it stays outside.
const CUED_SOURCE = String.raw`(?:postinumero\p{L}*|postinro|postnummer\p{L}*|postnumret|postal code|post code|postcode|zip code|zip|alueelle|alueella|alueelta|alueen|området|area)\s*:?\s*(?:(?:on|oli|är|is|was)\s+)?(\d{5})(:\p{L}{1,4})?(?![\p{N}])`;
const CUED_AT = new RegExp(CUED_SOURCE, 'iuy');

// "asuu 33100 Tampere", "muutti 00530:een": a bare code right after a residence verb.
const RESIDENCE_AT = /(\d{5})(:\p{L}{1,4})?(?=[\s,.]|$)/uy;
const RESIDENCE_CUE =
  /(?:asuu|asui|asuvat|muutti|muuttanut|muuttaa|bor|bodde|flyttat|flyttade|lives|lived|moved)\s+(?:nyt\s+|now\s+|nu\s+)?(?:in\s+|i\s+|to\s+)?$/iu;

function pushCued(m: RegExpExecArray, spans: PiiSpan[]): void {
  const code = m[1] ?? '';
  const ending = m[2] ?? '';
  const end = m.index + m[0].length;
  spans.push({ start: end - code.length - ending.length, end, type: 'POSTAL_CODE', confidence: 0.85 });
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
    }
  }
  for (const start of findCues(scan).postalCode) {
    CUED_AT.lastIndex = start;
    const m = CUED_AT.exec(text);
    if (m !== null) pushCued(m, spans);
  }
  return spans;
}
