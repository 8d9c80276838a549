import { AMBIGUOUS_NAME_LEMMAS } from './data/ambiguous-names.ts';
import { FINNISH_COMMON_WORDS } from './data/common-words-fi.ts';
import { FINNISH_FEMALE_FIRST_NAMES, FINNISH_MALE_FIRST_NAMES } from './data/first-names-fi.ts';
import { INTERNATIONAL_FIRST_NAMES, INTERNATIONAL_SURNAMES } from './data/names-international.ts';
import { SWEDISH_FIRST_NAMES, SWEDISH_SURNAMES } from './data/names-sv.ts';
import { FINNISH_NICKNAMES } from './data/nicknames-fi.ts';
import { PLACE_NAMES } from './data/places.ts';
import { FINNISH_SURNAMES } from './data/surnames-fi.ts';
import { prefixIndex, WORD_KEY_COUNT } from './word-key.ts';

/** Lower-case lookup sets built once from the data modules. */
export interface Lexicon {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  /** The most frequent first names, nicknames and surnames: safe to take even in lower case. */
  frequentNames: ReadonlySet<string>;
  /** Frequent Finnish names only: lower-case English or Swedish words ("back", "min") are too often not names. */
  lowercaseNames: ReadonlySet<string>;
  /** Frequent Finnish first names and nicknames: names first even where subtitles use them as words. */
  strongNames: ReadonlySet<string>;
  /** Bitmap over the word keys (../word-key.ts) of `lowercaseNames`' first three letters: a cheap pre-filter. */
  lowercasePrefixes: Uint8Array;
  ambiguous: ReadonlySet<string>;
  places: ReadonlySet<string>;
  commonWords: ReadonlySet<string>;
}

// Frequency cut-offs for names that may be recognised in lower case ("soitin matille").
const FREQUENT_FIRST_NAMES = 500;
const FREQUENT_SURNAMES = 1500;

function buildLexicon(): Lexicon {
  const firstNames = new Set<string>([
    ...FINNISH_FEMALE_FIRST_NAMES,
    ...FINNISH_MALE_FIRST_NAMES,
    ...SWEDISH_FIRST_NAMES,
    ...INTERNATIONAL_FIRST_NAMES,
    ...FINNISH_NICKNAMES,
  ]);
  const surnames = new Set<string>([...FINNISH_SURNAMES, ...SWEDISH_SURNAMES, ...INTERNATIONAL_SURNAMES]);
  const frequentNames = new Set<string>([
    ...FINNISH_FEMALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_MALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_NICKNAMES,
    ...SWEDISH_FIRST_NAMES,
    ...INTERNATIONAL_FIRST_NAMES,
    ...FINNISH_SURNAMES.slice(0, FREQUENT_SURNAMES),
  ]);
  const lowercaseNames = new Set<string>([
    ...FINNISH_FEMALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_MALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_NICKNAMES,
    ...FINNISH_SURNAMES.slice(0, FREQUENT_SURNAMES),
  ]);
  const strongNames = new Set<string>([
    ...FINNISH_FEMALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_MALE_FIRST_NAMES.slice(0, FREQUENT_FIRST_NAMES),
    ...FINNISH_NICKNAMES,
  ]);
  const ambiguous = new Set(AMBIGUOUS_NAME_LEMMAS);
  for (const name of ambiguous) {
    frequentNames.delete(name);
    lowercaseNames.delete(name);
    strongNames.delete(name);
  }
  const lowercasePrefixes = new Uint8Array(WORD_KEY_COUNT);
  for (const name of lowercaseNames) {
    const index = prefixIndex(name);
    if (index >= 0) lowercasePrefixes[index] = 1;
  }
  return {
    firstNames,
    surnames,
    frequentNames,
    lowercaseNames,
    strongNames,
    lowercasePrefixes,
    ambiguous,
    places: new Set(PLACE_NAMES),
    commonWords: new Set(FINNISH_COMMON_WORDS),
  };
}

let lexicon: Lexicon | undefined;

/** The shared lexicon, built lazily on first use (a few tens of thousands of strings). */
export function getLexicon(): Lexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}
