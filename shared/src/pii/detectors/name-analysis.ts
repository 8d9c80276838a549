import type { Lexicon } from '../lexicon.ts';
import { lemmaCandidates } from '../morphology.ts';
import { NEVER_NAME } from './name-cues.ts';

/** What the lexicons say about one lower-case word, in every inflection. */
export interface Analysis {
  isKnown: boolean;
  isFirst: boolean;
  isSurname: boolean;
  isFrequent: boolean;
  isLowercaseSafe: boolean;
  isAmbiguous: boolean;
  isPlace: boolean;
  /** An organisation or another word on the never-a-name list, in some inflection (Kelan, Kelalta). */
  isOrganisation: boolean;
  isCommonWord: boolean;
  /** The word itself is on the never-a-name list (Kela, Prisma, English and Swedish function words). */
  isNeverName: boolean;
}

// Word analysis is a pure function of the word; chat vocabulary is Zipfian, so a bounded memo pays off.
const analysisCache = new Map<string, Analysis>();
const ANALYSIS_CACHE_LIMIT = 50_000;

/** Analysis of a lower-case word (memoised). */
export function analyseCached(lower: string, lexicon: Lexicon): Analysis {
  let analysis = analysisCache.get(lower);
  if (analysis === undefined) {
    if (analysisCache.size >= ANALYSIS_CACHE_LIMIT) analysisCache.clear();
    analysis = analyse(lower, lexicon);
    analysisCache.set(lower, analysis);
  }
  return analysis;
}

function analyse(lower: string, lexicon: Lexicon): Analysis {
  if (lower.includes('-')) return analyseHyphenated(lower, lexicon);
  return analyseWord(lower, lexicon);
}

const NOT_NAME: Analysis = {
  isKnown: false,
  isFirst: false,
  isSurname: false,
  isFrequent: false,
  isLowercaseSafe: false,
  isAmbiguous: false,
  isPlace: false,
  isOrganisation: false,
  isCommonWord: false,
  isNeverName: false,
};

// Anna-Maija, Mäkelä-Virtanen, Al-Sayed: known as a whole, or every part a name (the last one inflected).
// Aurora-sairaala, Kela-kortti: a lower-case common noun after the hyphen makes it a thing, not a person.
function analyseHyphenated(lower: string, lexicon: Lexicon): Analysis {
  const whole = analyseWord(lower, lexicon);
  if (whole.isKnown) return whole;
  const parts = lower.split('-');
  const analyses = parts.map((part) => analyseWord(part, lexicon));
  const prefixOk = (k: number): boolean => /^(?:al|el|bin|ibn|abu|abd|von|van|de|ben)$/u.test(parts[k] ?? '');
  if (!analyses.every((p, k) => (p.isKnown && !p.isPlace) || prefixOk(k))) {
    return { ...NOT_NAME, isNeverName: whole.isNeverName };
  }
  const last = analyses[analyses.length - 1] ?? NOT_NAME;
  return {
    ...last,
    isFirst: analyses.some((p) => p.isFirst),
    isSurname: analyses.some((p) => p.isSurname),
    isFrequent: analyses.some((p) => p.isFrequent),
    isAmbiguous: false,
    isCommonWord: false,
    isNeverName: whole.isNeverName,
  };
}

function analyseWord(lower: string, lexicon: Lexicon): Analysis {
  let isFirst = false;
  let isSurname = false;
  let isFrequent = false;
  let isLowercaseSafe = false;
  let isAmbiguous = false;
  let isPlace = false;
  let exactName = false;
  let exactPlace = false;
  let isOrganisation = false;
  for (const candidate of lemmaCandidates(lower)) {
    const first = lexicon.firstNames.has(candidate);
    const surname = lexicon.surnames.has(candidate);
    if (first || surname) {
      if (candidate === lower) exactName = true;
      isFirst ||= first;
      isSurname ||= surname;
      isFrequent ||= lexicon.frequentNames.has(candidate);
      isLowercaseSafe ||= lexicon.lowercaseNames.has(candidate);
      isAmbiguous ||= lexicon.ambiguous.has(candidate);
    }
    if (candidate.length >= 3 && NEVER_NAME.has(candidate)) isOrganisation = true;
    if (candidate.length >= 3 && (lexicon.places.has(candidate) || NEVER_NAME.has(candidate))) {
      if (candidate === lower) exactPlace = true;
      else isPlace = true;
    }
  }
  // An exact name beats a place reached by stripping endings (Ville is not "vi" + -lle).
  if (exactName && !exactPlace) isPlace = false;
  isPlace ||= exactPlace;
  // Subtitle word lists contain names too; only the frequent Finnish first names outrank them.
  const isCommonWord = lexicon.commonWords.has(lower) && !(exactName && lexicon.strongNames.has(lower));
  return {
    isKnown: isFirst || isSurname,
    isFirst,
    isSurname,
    isFrequent,
    isLowercaseSafe,
    isAmbiguous: isAmbiguous || isCommonWord || lexicon.ambiguous.has(lower),
    isPlace,
    isOrganisation,
    isCommonWord,
    isNeverName: NEVER_NAME.has(lower),
  };
}
