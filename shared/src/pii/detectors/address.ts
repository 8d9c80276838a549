import { scanText, type TextScan } from '../tokens.ts';
import { before } from '../text.ts';
import type { PiiSpan } from '../types.ts';

// Street-name heads, base and inflected stems (katu → kadulla, rinne → rinteellä, polku → polulla).
const FI_HEADS =
  'katu|kadu|tie|kuja|polku|polu|väylä|raitti|raiti|kaari|kaare|rinne|rintee|rinnet|ranta|ranna|tori|puistikko|puistiko|aukio|bulevardi|kaarre|kaartee|kaarte|penger|pengere|portti|porti|ahde|ahtee|kulma|kierto|kierro|lenkki|lenki|tanhua|esplanadi|näkymä|kaivanto|laita|laida|puisto|linja|pelto|pello|niitty|niity';
const SV_HEADS =
  'parken|udden|gatan|gata|vägen|väg|gränd|gränden|stigen|stig|backen|backe|torget|torg|allén|allé|esplanaden|kajen|strand|stranden|plan|planen|gången';
const STREET_WORD = String.raw`[\p{L}'’.-]*?(?:${FI_HEADS}|${SV_HEADS})\p{L}{0,6}`;
// A head alone ("linja", "tie") is a street only after a name word: "Toinen linja 5".
const PREFIXED_HEAD = new RegExp(String.raw`^[\p{L}'’.-]+(?:${FI_HEADS}|${SV_HEADS})\p{L}{0,6}$`, 'iu');
// Two-word streets: "Vanha Porvoontie", "Norra Esplanaden", "Hervannan valtaväylä" (genitive + lower-case head).
const PREFIX = String.raw`(?:(?:Vanha|Uusi|Pohjoinen|Eteläinen|Itäinen|Läntinen|Iso|Pikku|Pieni|Norra|Södra|Östra|Västra|Stora|Lilla|Gamla|Nya)\s|\p{Lu}\p{Ll}+n\s(?=\p{Ll}))?`;
const EN_STREET = String.raw`(?:\d{1,4}[a-z]?\s)?\p{Lu}[\p{L}'-]+\s(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Way|Gardens|Square|Place|Crescent|Terrace)`;
// Units after a number mean a quantity, not a house number ("Hämeenkadulla 3 km", "lain 25 §").
// An ordinal ("3. kerroksessa") is not a house number either.
const NOT_UNIT = String.raw`(?!\s?(?:km|m|min|minuuttia|h|v|vuotta|vuoden|kpl|krt|kertaa|vrk|mg|g|kg|l|dl|ml|år|years?|times?|minutes?|lasta|henkeä|asukasta|huonetta|krs|kerros\p{L}*|viikkoa|päivää|kuukautta)(?![\p{L}])|\s?[%€§]|\.\s?\p{Ll})`;
const NUMBER = String.raw`\d{1,4}${NOT_UNIT}(?:[a-hA-H](?![\p{L}]))?(?:[-–]\d{1,4})?`;
const FLAT = String.raw`(?:,?\s?(?:(?:as\.?|asunto|lgh\.?|lägenhet|bst\.?|bostad|apt\.?|flat|huoneisto)\s?\d{1,4}|[A-Ha-h]\s?(?:(?:as\.?|lgh\.?)\s?)?\d{1,4}(?![\p{N}.,:]\d)|[A-Ha-h](?![\p{L}\p{N}])))?`;
const COLON_ENDING = String.raw`(?::\p{L}{1,5})?`;
const TOWN = String.raw`(?:,?\s\d{5}(?:\s\p{Lu}[\p{L}-]+)?)?`;

const EN_HEADS = String.raw`Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Drive|Close|Way|Gardens|Square|Place|Crescent|Terrace`;

// Tried only where a street-like word stands before " <digit>", anchored there (sticky) to stay cheap.
const ADDRESS = new RegExp(
  String.raw`(?:${PREFIX}${STREET_WORD}|${EN_STREET})\s(?:${NUMBER})${FLAT}${COLON_ENDING}${TOWN}(?![\p{L}\p{N}])`,
  'uy',
);
const STREET_END = new RegExp(String.raw`(?:${FI_HEADS}|${SV_HEADS}|${EN_HEADS})\p{L}{0,6}$`, 'iu');
const EN_STREET_WORD = new RegExp(String.raw`^(?:${EN_HEADS})$`);
const TRAILING_EN_NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}])\d{1,4}[a-z]?\s\p{Lu}[\p{L}'-]+\s(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Close|Way)(?![\p{L}])`,
  'gu',
);

// Highway numbers are not house numbers.
const ROAD_NUMBER = /^(?:valta|kanta|maan|moottori|seutu|yhdys|kehä)tie/iu;

// The address of an organisation or a service unit; unless a residence cue says it is someone's home.
const ORG_CUE =
  /(?:kiinteistö|vuokranantaja|isännöinti|toimisto|toimipiste|yksikkö|yksikön|keskus|keskuksen|asema|aseman|sairaala|klinikka|klinikan|virasto|palvelupiste|päiväkoti|koulu|neuvola|kirjasto|oy|ry|kela|kelan|sijaitsee|sijaitsevat|office|clinic|hospital|centre|center|kontor|mottagning|byrå|vastaanotto|apteekki)\p{L}*[\s,:]*(?:[\p{L}]+[\s,:]+){0,2}$/iu;
// An organisation's public visiting address is not personal data, even though "osoite"/"address" is in it.
const VISITING_CUE =
  /(?:käynti|vierailu|toimisto|toimipisteen|yksikön|palvelupisteen)osoit\p{L}*|besöksadress\p{L}*|besöksadr|visiting address|office address|visitors?'? address|street address of the (?:office|clinic|unit|centre|center)/iu;
const RESIDENCE_CUE =
  /(?:asuu|asui|asuvat|osoite|osoitteessa|osoitteeseen|kotiosoite|kotikäyn|kotona|bor|adress|address|lives|home|asunto)/iu;

const EN_STREET_WORDS = new Set([
  'street',
  'st',
  'road',
  'rd',
  'avenue',
  'ave',
  'lane',
  'drive',
  'close',
  'way',
]);

// Words longer than every English street word need no lookup.
const EN_STREET_WORD_MAX_LENGTH = Math.max(...[...EN_STREET_WORDS].map((word) => word.length));

// The street-ending test of a word, memoised: the same words stand before numbers again and again
// ("klo 13.30", "Hb 112", "CRP 14"), and the case-insensitive regex is tried at every letter of the word.
const streetEndCache = new Map<string, boolean>();

function hasStreetEnding(word: string): boolean {
  let hasEnding = streetEndCache.get(word);
  if (hasEnding === undefined) {
    if (streetEndCache.size >= 20_000) streetEndCache.clear();
    hasEnding = STREET_END.test(word);
    streetEndCache.set(word, hasEnding);
  }
  return hasEnding;
}

/**
 * Finds home addresses: street + house number (+ staircase/flat, colon ending, postal code and town).
 * Only words followed by " <digit>" are tried, so the cost is a few checks per number in the text.
 */
export function detectAddress(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const tokens = scan.tokens;
  const spans: PiiSpan[] = [];
  let hasEnglishStreetWord = false;
  let covered = 0;
  const runs = scan.digitRuns;
  // Index of the first digit run that starts after the current word.
  let run = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (
      token.isCap &&
      token.end - token.start <= EN_STREET_WORD_MAX_LENGTH &&
      EN_STREET_WORDS.has(token.lower)
    ) {
      hasEnglishStreetWord = true;
    }
    if (token.start < covered || token.codeAfter !== 32) continue;
    // " <digit>" after the word: a digit run starts right after the space.
    while (run < runs.length && (runs[run] ?? 0) <= token.end) run += 2;
    if (runs[run] !== token.end + 1) continue;
    const word = token.lower;
    if (!hasStreetEnding(word)) continue;
    // A two-word street starts one word earlier ("Vanha Porvoontie", "Hervannan valtaväylä", "Baker Street").
    // (i > 0: reading index -1 of an array is a slow property lookup in V8.)
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const starts =
      prev !== undefined && prev.end === token.start - 1 ? [prev.start, token.start] : [token.start];
    for (const start of starts) {
      ADDRESS.lastIndex = start;
      const m = ADDRESS.exec(text);
      if (m === null) continue;
      if (start === token.start) {
        if (ROAD_NUMBER.test(word)) break;
        if (!PREFIXED_HEAD.test(word) && !EN_STREET_WORD.test(text.slice(token.start, token.end))) break;
      }
      const end = start + m[0].length;
      const context = before(text, start, 50);
      if (VISITING_CUE.test(context)) {
        // an organisation's visiting address: not labelled
      } else if (!ORG_CUE.test(context) || RESIDENCE_CUE.test(context)) {
        spans.push({ start, end, type: 'ADDRESS', confidence: 0.85 });
      }
      covered = end;
      break;
    }
  }
  if (hasEnglishStreetWord) {
    TRAILING_EN_NUMBER.lastIndex = 0;
    for (let m = TRAILING_EN_NUMBER.exec(text); m !== null; m = TRAILING_EN_NUMBER.exec(text)) {
      if (VISITING_CUE.test(before(text, m.index, 50))) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, type: 'ADDRESS', confidence: 0.75 });
    }
  }
  return spans;
}
