import { prefixIndex, WORD_KEY_COUNT, wordKey } from './word-key.ts';
import type { TextScan } from './tokens.ts';

// Words that may begin a cue of the cue-driven detectors. Looking them up among the words is far cheaper
// than scanning the text with the long cue alternations; each detector confirms its cue with a sticky
// regex at the word it is given.
const DOB = 1;
const OTHER_ID = 2;
const POSTAL_CODE = 4;
const AT_WORD = 8;

const FIRST_WORDS = new Map<string, number>([
  ...[
    's',
    'synt',
    'f',
    'b',
    'syntynyt',
    'syntyneen',
    'syntyi',
    'syntyivät',
    'syntyneet',
    'syntyneitä',
    'födda',
    'föddes',
    'född',
    'födelsedatum',
    'födelsedag',
    'born',
    'dob',
  ]
    .concat(['d', 'date', 'birth', 'birthdate', 'täyttää'])
    .map((w): [string, number] => [w, DOB]),
  ...(
    'asiakasnro effica pegasos apotti lifecare esko case client customer patient reference dnro diaarinumero ' +
    'ärendenummer klientnummer kundnummer patientnummer passport passnummer oleskeluluvan residence ajokortin ' +
    'driving vankinumero vanginumero prisoner fångnummer personnummer isikukood rekkari registration reg ' +
    'registreringsnummer bil bilen bilens kilpi plate tunniste vastaanottokeskuksen henkilökortin identity id vakuutusnumero ' +
    'opiskelijanumero student'
  )
    .split(' ')
    .map((w): [string, number] => [w, OTHER_ID]),
  ...'postinro postnumret postal post postcode zip alueelle alueella alueelta alueen området area'
    .split(' ')
    .map((w): [string, number] => [w, POSTAL_CODE]),
  ['at', AT_WORD],
  ['ät', AT_WORD],
]);

// Inflected or compound cue words: "asiakasnumerolla", "oleskelulupakortin", "postinumeroalueelle".
const PREFIXES: readonly (readonly [string, number])[] = [
  ['syntymä', DOB],
  ['asiakas', OTHER_ID],
  ['asiakk', OTHER_ID],
  ['potilas', OTHER_ID],
  ['henkilönumero', OTHER_ID],
  ['passi', OTHER_ID],
  ['oleskelulupa', OTHER_ID],
  ['uppehållstillstånd', OTHER_ID],
  ['ajokortti', OTHER_ID],
  ['körkort', OTHER_ID],
  ['rekisteri', OTHER_ID],
  ['ajoneuvo', OTHER_ID],
  ['henkilökortti', OTHER_ID],
  ['id-kort', OTHER_ID],
  ['id-numero', OTHER_ID],
  ['auto', OTHER_ID],
  ['postinumero', POSTAL_CODE],
  ['postnummer', POSTAL_CODE],
];

// Most words start with three letters no cue starts with; a bitmap over word keys (../word-key.ts) skips
// them without making their strings, and the prefixes are grouped by their first three letters.
const MAY_BE_CUE = new Uint8Array(WORD_KEY_COUNT);
const PREFIXES_BY_START = new Map<number, (readonly [string, number])[]>();
for (const word of FIRST_WORDS.keys()) MAY_BE_CUE[wordKey(word)] = 1;
for (const entry of PREFIXES) {
  const index = prefixIndex(entry[0]);
  MAY_BE_CUE[index] = 1;
  const list = PREFIXES_BY_START.get(index) ?? [];
  list.push(entry);
  PREFIXES_BY_START.set(index, list);
}

/** Where the cue-driven detectors should look: starts of the words that may open their cues. */
export interface CueHits {
  dateOfBirth: number[];
  otherId: number[];
  postalCode: number[];
  hasAtWord: boolean;
}

/** The cue words of a scanned message, computed once per scan. */
export function findCues(scan: TextScan): CueHits {
  scan.cues ??= collectCues(scan);
  return scan.cues;
}

function collectCues({ tokens }: TextScan): CueHits {
  const hits: CueHits = {
    dateOfBirth: [],
    otherId: [],
    postalCode: [],
    hasAtWord: false,
  };
  for (const token of tokens) {
    if (MAY_BE_CUE[token.key] !== 1) continue;
    const word = token.lower;
    let kinds = FIRST_WORDS.get(word) ?? 0;
    // "Effica-numero", "Apotti-tunnus": the system name comes first.
    const dash = token.hasHyphen ? word.indexOf('-') : -1;
    if (dash > 0) kinds |= FIRST_WORDS.get(word.slice(0, dash)) ?? 0;
    const prefixes = PREFIXES_BY_START.get(token.key);
    if (prefixes !== undefined) {
      for (const [prefix, kind] of prefixes) if (word.startsWith(prefix)) kinds |= kind;
    }
    if (kinds === 0) continue;
    if (kinds & DOB) hits.dateOfBirth.push(token.start);
    if (kinds & OTHER_ID) hits.otherId.push(token.start);
    if (kinds & POSTAL_CODE) hits.postalCode.push(token.start);
    if (kinds & AT_WORD) hits.hasAtWord = true;
  }
  return hits;
}
