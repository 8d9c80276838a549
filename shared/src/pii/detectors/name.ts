import { getLexicon } from '../lexicon.ts';
import { scanText, type TextScan, type Token } from '../tokens.ts';
import { WORD_KEY_COUNT, wordKey } from '../word-key.ts';
import type { PiiSpan } from '../types.ts';
import { analyseCached, type Analysis } from './name-analysis.ts';
import { hasForeignShape, personCaseStem } from './name-shape.ts';
import {
  AGE_AFTER,
  AND_WORD,
  DEMONYM,
  HYPHEN,
  INESSIVE,
  INITIAL_BEFORE,
  KINSHIP_TAIL,
  LOCATIVE,
  NEGATION,
  NON_FINNISH_WORDS,
  NOT_PERSON_AFTER,
  ORG_BEFORE,
  ORG_HEAD,
  PERSON_AFTER,
  PERSON_VERB_AFTER_NEGATION,
  PET_WORD,
  ROLE_GAP,
  ROLE_PAIR,
  ROLE_WORD,
  SIGN_OFF,
} from './name-cues.ts';

const AT = 64;
const DOT = 46;
const UNDERSCORE = 95;

// Parts of an e-mail address or a domain belong to the EMAIL span only ("minna.k@gmail.com").
function isInsideAddressOrDomain(text: string, token: Token): boolean {
  const after = token.codeAfter;
  const before = token.codeBefore;
  if (after === AT || ((after === DOT || after === UNDERSCORE) && isWordChar(text.charAt(token.end + 1))))
    return true;
  return (
    (before === DOT || before === AT || before === UNDERSCORE) && isWordChar(text.charAt(token.start - 2))
  );
}

function isWordChar(ch: string): boolean {
  return ch !== '' && (ch !== ch.toUpperCase() || ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9'));
}

/** Per-message state shared by the rule helpers below. */
interface Context {
  text: string;
  tokens: readonly Token[];
  analyses: (Analysis | undefined)[];
  /** Name score of each word; 0 when it is not (part of) a name. Empty until some word scores. */
  scores: number[];
}

// Neighbours are read through these: in V8, reading index -1 of an array is a slow property lookup.
function tokenAt(ctx: Context, i: number): Token | undefined {
  return i >= 0 ? ctx.tokens[i] : undefined;
}

function analysisAt(ctx: Context, i: number): Analysis | undefined {
  return i >= 0 ? ctx.analyses[i] : undefined;
}

function scoreAt(ctx: Context, i: number): number {
  return i >= 0 ? (ctx.scores[i] ?? 0) : 0;
}

// Every score starts at 0, and most messages name nobody: the table is only filled in once a word scores.
function setScore(ctx: Context, i: number, score: number): void {
  if (score === 0) return;
  if (ctx.scores.length === 0) for (let k = 0; k < ctx.tokens.length; k++) ctx.scores.push(0);
  ctx.scores[i] = score;
}

function adjacent(ctx: Context, i: number, j: number): boolean {
  const a = tokenAt(ctx, i);
  const b = tokenAt(ctx, j);
  return a !== undefined && b !== undefined && b.start === a.end + 1 && a.codeAfter === 32;
}

const roleCache = new Map<string, boolean>();

function isRoleWord(word: string): boolean {
  let isRole = roleCache.get(word);
  if (isRole === undefined) {
    if (roleCache.size >= 20_000) roleCache.clear();
    isRole = ROLE_WORD.test(word);
    roleCache.set(word, isRole);
  }
  return isRole;
}

// Between a role word and a name; a single space (nearly always the case) needs no regex.
function isRoleGap(text: string, prev: Token, token: Token): boolean {
  if (token.start - prev.end === 1 && prev.codeAfter === 32) return true;
  return ROLE_GAP.test(text.slice(prev.end, token.start));
}

function hasRoleBefore(ctx: Context, i: number): boolean {
  const token = tokenAt(ctx, i);
  const prev = tokenAt(ctx, i - 1);
  if (token === undefined || prev === undefined || token.start - prev.end > 4) return false;
  if (!isRoleGap(ctx.text, prev, token)) return false;
  if (isRoleWord(prev.lower)) return true;
  const prev2 = tokenAt(ctx, i - 2);
  return prev2 !== undefined && ROLE_PAIR.has(prev2.lower + ' ' + prev.lower);
}

function followsRoleWord(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? tokens[i - 1] : undefined;
  const token = tokens[i];
  return (
    prev !== undefined &&
    token !== undefined &&
    prev.codeAfter === 32 &&
    token.start === prev.end + 1 &&
    isRoleWord(prev.lower)
  );
}

function hasSignOffBefore(ctx: Context, i: number): boolean {
  const token = tokenAt(ctx, i);
  const prev = tokenAt(ctx, i - 1);
  if (token === undefined || prev === undefined || token.start - prev.end > 4) return false;
  return isRoleGap(ctx.text, prev, token) && SIGN_OFF.test(prev.lower);
}

// "Kalle ja Ville Nurmi": a first name coordinated with a first name + surname.
function coordinatesWithName(ctx: Context, i: number): boolean {
  const and = tokenAt(ctx, i + 1);
  if (and === undefined || !AND_WORD.has(and.lower) || !adjacent(ctx, i, i + 1)) return false;
  const first = analysisAt(ctx, i + 2);
  return (
    isNameLike(ctx, i + 2) &&
    adjacent(ctx, i + 1, i + 2) &&
    (first?.isFirst ?? false) &&
    (tokenAt(ctx, i + 3)?.isCap ?? false) &&
    adjacent(ctx, i + 2, i + 3)
  );
}

function hasCueAfter(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined) return false;
  if (token.hasPossessive) return true;
  if (AGE_AFTER.test(ctx.text.slice(token.end, token.end + 16))) return true;
  const next = ctx.tokens[i + 1];
  if (next === undefined || !adjacent(ctx, i, i + 1)) return false;
  if (PERSON_AFTER.has(next.lower)) return true;
  const verb = ctx.tokens[i + 2];
  return (
    NEGATION.has(next.lower) &&
    verb !== undefined &&
    adjacent(ctx, i + 1, i + 2) &&
    PERSON_VERB_AFTER_NEGATION.has(verb.lower)
  );
}

function isNameLike(ctx: Context, i: number): boolean {
  const a = analysisAt(ctx, i);
  const t = tokenAt(ctx, i);
  return a !== undefined && t !== undefined && t.isCap && a.isKnown && !a.isPlace && !a.isNeverName;
}

function isBaseFormName(lower: string): boolean {
  const lexicon = getLexicon();
  return lexicon.firstNames.has(lower) || lexicon.surnames.has(lower);
}

/** Score of a word the lexicon knows (in every inflection); 0 when it is not a person here. */
function scoreKnown(ctx: Context, i: number, token: Token, a: Analysis, allowLowercase: boolean): number {
  const prev = tokenAt(ctx, i - 1);
  if (prev !== undefined && token.start - prev.end <= 2 && PET_WORD.test(prev.lower)) return 0; // koira Nalle
  if (a.isPlace) {
    if (!token.isCap || a.isOrganisation) return 0;
    // Kaarina Lehto, Sysmä Virtanen: a first name that is also a town, right before a surname.
    const beforeSurname =
      a.isFirst &&
      isNameLike(ctx, i + 1) &&
      adjacent(ctx, i, i + 1) &&
      (analysisAt(ctx, i + 1)?.isSurname ?? false) &&
      !(analysisAt(ctx, i + 1)?.isFirst ?? false);
    return hasRoleBefore(ctx, i) || beforeSurname ? 0.6 : 0;
  }
  // People are not "in" somewhere (Viipurissa, Salossa), and an ordinary word in a place case is that word
  // ("Aamulla soitti …" is "in the morning").
  // Unless the ending is part of the name itself (Ilta, Vanessa).
  const isOrdinaryInPlaceCase =
    a.isAmbiguous && (token.isSentenceStart || !token.isCap) && LOCATIVE.test(token.lower);
  if (
    (INESSIVE.test(token.lower) || isOrdinaryInPlaceCase) &&
    !hasRoleBefore(ctx, i) &&
    !isBaseFormName(token.lower)
  ) {
    return 0;
  }
  if (token.isCap && !token.isSentenceStart) return a.isAmbiguous ? 0.7 : 0.9;
  if (token.isCap) {
    if (!a.isAmbiguous && a.isFrequent) return 0.85;
    const pairsWithName =
      (isNameLike(ctx, i + 1) && adjacent(ctx, i, i + 1)) ||
      (isNameLike(ctx, i - 1) && adjacent(ctx, i - 1, i));
    if (hasSignOffBefore(ctx, i)) return 0.75;
    // "Sisko asuu Ruotsissa", "Veli kertoi": a kinship or role noun starting a sentence is that noun.
    if (!pairsWithName && isRoleWord(token.lower)) return 0;
    if (a.isFirst && coordinatesWithName(ctx, i)) return 0.7;
    return pairsWithName || hasCueAfter(ctx, i) ? 0.7 : 0;
  }
  // Three-letter lower-case words (per, tom, ida) are too often something else.
  if (!allowLowercase || token.lower.length < 4 || a.isCommonWord) return 0;
  // "asiakas marjatta koivisto": after a person cue, a lower-case name that is also a word fragment.
  if (a.isAmbiguous) return a.isLowercaseSafe && hasRoleBefore(ctx, i) ? 0.55 : 0;
  if (a.isLowercaseSafe && !DEMONYM.test(token.lower))
    return hasRoleBefore(ctx, i) || hasCueAfter(ctx, i) ? 0.7 : 0.6;
  return hasRoleBefore(ctx, i) ? 0.5 : 0;
}

// Swedish and English function words by word key: most lower-case words are ruled out without a lookup.
const NON_FINNISH_KEYS = new Uint8Array(WORD_KEY_COUNT);
for (const word of NON_FINNISH_WORDS) NON_FINNISH_KEYS[wordKey(word)] = 1;

/** Lower-case names are only taken from Finnish text; in Swedish and English "per", "back" and "will" are words. */
function allowsLowercaseNames(text: string, tokens: readonly Token[]): boolean {
  // Most messages have no "å" at all; then no word needs to be searched for it.
  const hasARing = text.includes('å');
  for (const t of tokens) {
    if (t.isCap) continue;
    // A lower-case word's `lower` is the text itself: its length is that of the word.
    const length = t.end - t.start;
    if (
      NON_FINNISH_KEYS[t.key] === 1 &&
      (length <= 4 || t.lower.endsWith('ienten')) &&
      NON_FINNISH_WORDS.has(t.lower)
    ) {
      return false;
    }
    if (hasARing && t.lower.includes('å')) return false;
  }
  return true;
}

/** Finds person names: lexicon names in every inflection, decided by capitalisation and context cues. */
export function detectNames(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const tokens = scan.tokens;
  const lexicon = getLexicon();
  if (tokens.length === 0) return [];
  // Only capitalised words and lower-case words that could start a frequent name are looked up.
  let allowLowercase: boolean | undefined;
  const analyses: (Analysis | undefined)[] = new Array<Analysis | undefined>(tokens.length);
  // Indices of the analysed words, ascending: no other word can score.
  const analysed: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.isAllCaps) continue;
    if (!t.isCap) {
      // Lower-case words shorter than four letters never score (see scoreKnown): not worth a lookup.
      if (t.end - t.start < 4) continue;
      // Rarer names in lower case only right after a person cue ("äiti leila", "asiakas yusuf").
      if (lexicon.lowercasePrefixes[t.key] !== 1 && !followsRoleWord(tokens, i)) continue;
      allowLowercase ??= allowsLowercaseNames(text, tokens);
      if (!allowLowercase) continue;
    }
    analyses[i] = analyseCached(t.lower, lexicon);
    analysed.push(i);
  }
  if (analysed.length === 0) return [];
  const ctx: Context = { text, tokens, analyses, scores: [] };
  const kinshipNames: PiiSpan[] = [];

  for (const i of analysed) {
    const token = tokens[i];
    const a = analyses[i];
    if (token === undefined || a === undefined || a.isNeverName) continue;
    if (isInsideAddressOrDomain(text, token)) continue;
    if (token.codeAfter === HYPHEN && !isNameLike(ctx, i + 1)) continue; // "Ensi- ja turvakotien liitto"
    if (!a.isKnown && token.isCap && token.hasHyphen) {
      const dash = token.lower.indexOf('-');
      if (
        KINSHIP_TAIL.test(token.lower.slice(dash + 1)) &&
        analyseCached(token.lower.slice(0, dash), lexicon).isKnown
      ) {
        kinshipNames.push({ start: token.start, end: token.start + dash, type: 'NAME', confidence: 0.75 });
      }
      continue;
    }
    if (a.isKnown) setScore(ctx, i, scoreKnown(ctx, i, token, a, allowLowercase === true));
  }

  // Unknown capitalised words: a surname after a first name, or a name after a role word.
  for (const i of analysed) {
    const token = tokens[i];
    const a = analyses[i];
    if (token === undefined || a === undefined || scoreAt(ctx, i) > 0) continue;
    // Names from other languages in a case only persons take: "Gulnaralta puuttuu tiliote", "Yusufille".
    if (isUnknownCapitalised(token, a) && !token.hasHyphen) {
      const stem = personCaseStem(token.lower);
      if (stem !== undefined && hasForeignShape(stem, false)) {
        setScore(ctx, i, 0.55);
        continue;
      }
    }
    if (token.isSentenceStart) {
      if (!isUnknownCapitalised(token, a)) continue;
      // "t. Zeynep": a sign-off makes the word after it a name although it starts a sentence; so does a
      // person verb after a word shaped like a name from another language ("Okonkwo kertoi").
      if (hasSignOffBefore(ctx, i)) setScore(ctx, i, 0.6);
      else if (hasForeignShape(token.lower) && hasCueAfter(ctx, i)) setScore(ctx, i, 0.5);
      continue;
    }
    const prevIsFirstName =
      scoreAt(ctx, i - 1) > 0 && adjacent(ctx, i - 1, i) && (analysisAt(ctx, i - 1)?.isFirst ?? false);
    // "Jenny Baxter": a capitalised word in mid-sentence right after a first name is its surname, even when
    // the same string is an ordinary (lower-case) word.
    if (
      token.isCap &&
      a.isCommonWord &&
      !a.isKnown &&
      !a.isPlace &&
      !a.isNeverName &&
      prevIsFirstName &&
      !ORG_HEAD.test(token.lower)
    ) {
      setScore(ctx, i, 0.6);
      continue;
    }
    // Maarit Kallio, Pirjo Kallion: a surname that is also a district, right after a first name.
    if (token.isCap && a.isSurname && a.isPlace && !a.isOrganisation && prevIsFirstName) {
      setScore(ctx, i, 0.7);
      continue;
    }
    if (!token.isCap || a.isKnown || a.isPlace || a.isNeverName) continue;
    // The common-word list comes from Finnish subtitles, which are full of foreign names ("Siobhan"): a
    // foreign-shaped word right after a person cue is a name all the same.
    if (a.isCommonWord && !(hasForeignShape(token.lower) && hasRoleBefore(ctx, i))) continue;
    // Long unknown words are compounds ("Aikuissosiaalityön"), not names.
    if (token.lower.length < 2 || token.lower.length > 13 || token.hasHyphen || LOCATIVE.test(token.lower)) {
      continue;
    }
    if (ORG_BEFORE.test(token.lower) || ORG_HEAD.test(token.lower)) continue;
    const nextIsSurname =
      isNameLike(ctx, i + 1) && adjacent(ctx, i, i + 1) && (analyses[i + 1]?.isSurname ?? false);
    // A second unknown word continues a name started by a cue: "Asiakas Shukri Abdirizak".
    const continuesName =
      scoreAt(ctx, i - 1) > 0 && adjacent(ctx, i - 1, i) && (tokenAt(ctx, i - 1)?.isCap ?? false);
    if (prevIsFirstName) setScore(ctx, i, 0.65);
    else if (hasRoleBefore(ctx, i) || nextIsSurname || continuesName) setScore(ctx, i, 0.55);
    // "Keskustelin Okonkwon kanssa", "Nakamura kertoi": an unknown word before a verb or postposition of persons.
    else if (hasCueAfter(ctx, i)) setScore(ctx, i, 0.5);
  }

  const spans = joinNameChains(ctx);
  return kinshipNames.length > 0 ? [...spans, ...kinshipNames] : spans;
}

function isUnknownCapitalised(token: Token, a: Analysis): boolean {
  const length = token.end - token.start;
  return (
    token.isCap &&
    !a.isKnown &&
    !a.isPlace &&
    !a.isCommonWord &&
    !a.isNeverName &&
    length >= 2 &&
    length <= 13 &&
    !ORG_HEAD.test(token.lower)
  );
}

// Joins adjacent name words into one span; drops chains that name an organisation or a building.
function joinNameChains(ctx: Context): PiiSpan[] {
  const { text, tokens, analyses, scores } = ctx;
  const spans: PiiSpan[] = [];
  if (scores.length === 0) return spans;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (first === undefined || (scores[i] ?? 0) === 0) {
      i++;
      continue;
    }
    let j = i;
    let confidence = scores[i] ?? 0;
    while (j + 1 < tokens.length && (scores[j + 1] ?? 0) > 0 && adjacent(ctx, j, j + 1)) {
      j++;
      confidence = Math.max(confidence, scores[j] ?? 0);
    }
    const last = tokens[j];
    const next = tokens[j + 1];
    const prev = tokenAt(ctx, i - 1);
    const isOrgAfter =
      next !== undefined &&
      adjacent(ctx, j, j + 1) &&
      (ORG_HEAD.test(next.lower) || NOT_PERSON_AFTER.test(next.lower));
    const isOrgBefore =
      prev !== undefined && adjacent(ctx, i - 1, i) && ORG_BEFORE.test(prev.lower) && !hasRoleBefore(ctx, i);
    if (last !== undefined && !isOrgAfter && !isOrgBefore) {
      let start = first.start;
      // An initial before a surname belongs to the name (M. Lampinen); bare initials (M.K.) do not.
      if (first.codeBefore === DOT || text.charAt(start - 2) === '.') {
        const windowStart = Math.max(0, start - 4);
        const initial = INITIAL_BEFORE.exec(text.slice(windowStart, start));
        if (initial?.[1] !== undefined && first.isCap && (analyses[i]?.isSurname ?? false)) {
          start = windowStart + initial.index + initial[0].indexOf(initial[1]);
        }
      }
      spans.push({ start, end: last.end, type: 'NAME', confidence });
    }
    i = j + 1;
  }
  return spans;
}
