import { getLexicon, prefixIndex } from '../lexicon.ts';
import { scanText, type TextScan, type Token } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';
import { analyseCached, type Analysis } from './name-analysis.ts';
import {
  AGE_AFTER,
  DEMONYM,
  HYPHEN,
  INESSIVE,
  INITIAL_BEFORE,
  KINSHIP_TAIL,
  LOCATIVE,
  NEVER_NAME,
  NON_FINNISH_WORDS,
  NOT_PERSON_AFTER,
  ORG_BEFORE,
  ORG_HEAD,
  PERSON_AFTER,
  PET_WORD,
  ROLE_GAP,
  ROLE_PAIR,
  ROLE_WORD,
} from './name-cues.ts';

// Parts of an e-mail address or a domain belong to the EMAIL span only ("minna.k@gmail.com").
function isInsideAddressOrDomain(text: string, token: Token): boolean {
  const after = text.charAt(token.end);
  const before = text.charAt(token.start - 1);
  if (after === '@' || ((after === '.' || after === '_') && isWordChar(text.charAt(token.end + 1))))
    return true;
  return (before === '.' || before === '@' || before === '_') && isWordChar(text.charAt(token.start - 2));
}

function isWordChar(ch: string): boolean {
  return ch !== '' && (ch !== ch.toUpperCase() || ch !== ch.toLowerCase() || (ch >= '0' && ch <= '9'));
}

/** Per-message state shared by the rule helpers below. */
interface Context {
  text: string;
  tokens: readonly Token[];
  analyses: (Analysis | undefined)[];
}

function adjacent(ctx: Context, i: number, j: number): boolean {
  const a = ctx.tokens[i];
  const b = ctx.tokens[j];
  return a !== undefined && b !== undefined && b.start === a.end + 1 && ctx.text.charCodeAt(a.end) === 32;
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

function hasRoleBefore(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (token === undefined || prev === undefined || token.start - prev.end > 4) return false;
  if (!ROLE_GAP.test(ctx.text.slice(prev.end, token.start))) return false;
  if (isRoleWord(prev.lower)) return true;
  const prev2 = ctx.tokens[i - 2];
  return prev2 !== undefined && ROLE_PAIR.has(prev2.lower + ' ' + prev.lower);
}

function hasCueAfter(ctx: Context, i: number): boolean {
  const token = ctx.tokens[i];
  if (token === undefined) return false;
  if (token.hasPossessive) return true;
  if (AGE_AFTER.test(ctx.text.slice(token.end, token.end + 16))) return true;
  const next = ctx.tokens[i + 1];
  return next !== undefined && adjacent(ctx, i, i + 1) && PERSON_AFTER.has(next.lower);
}

function isNameLike(ctx: Context, i: number): boolean {
  const a = ctx.analyses[i];
  const t = ctx.tokens[i];
  return a !== undefined && t !== undefined && t.isCap && a.isKnown && !a.isPlace && !NEVER_NAME.has(t.lower);
}

/** Score of a word the lexicon knows (in every inflection); 0 when it is not a person here. */
function scoreKnown(ctx: Context, i: number, token: Token, a: Analysis, allowLowercase: boolean): number {
  const prev = ctx.tokens[i - 1];
  if (prev !== undefined && PET_WORD.test(prev.lower) && token.start - prev.end <= 2) return 0; // koira Nalle
  if (a.isPlace) return token.isCap && hasRoleBefore(ctx, i) ? 0.6 : 0;
  // People are not "in" somewhere (Viipurissa, Salossa), and an ordinary word in a place case is that word
  // ("Aamulla soitti …" is "in the morning").
  const isOrdinaryInPlaceCase =
    a.isAmbiguous && (token.isSentenceStart || !token.isCap) && LOCATIVE.test(token.lower);
  if ((INESSIVE.test(token.lower) || isOrdinaryInPlaceCase) && !hasRoleBefore(ctx, i)) {
    return 0;
  }
  if (token.isCap && !token.isSentenceStart) return a.isAmbiguous ? 0.7 : 0.9;
  if (token.isCap) {
    if (!a.isAmbiguous && a.isFrequent) return 0.85;
    const pairsWithName =
      (isNameLike(ctx, i + 1) && adjacent(ctx, i, i + 1)) ||
      (isNameLike(ctx, i - 1) && adjacent(ctx, i - 1, i));
    return pairsWithName || hasCueAfter(ctx, i) ? 0.7 : 0;
  }
  // Three-letter lower-case words (per, tom, ida) are too often something else.
  if (!allowLowercase || token.lower.length < 4 || a.isAmbiguous || a.isCommonWord) return 0;
  if (a.isLowercaseSafe && !DEMONYM.test(token.lower))
    return hasRoleBefore(ctx, i) || hasCueAfter(ctx, i) ? 0.7 : 0.6;
  return hasRoleBefore(ctx, i) ? 0.5 : 0;
}

/** Finds person names: lexicon names in every inflection, decided by capitalisation and context cues. */
export function detectNames(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const tokens = scan.tokens;
  const lexicon = getLexicon();
  if (tokens.length === 0) return [];
  // Lower-case names are only taken from Finnish text; in Swedish and English "per", "back" and "will" are words.
  let allowLowercase = true;
  for (const t of tokens) {
    if (t.isCap) continue;
    if ((t.lower.length <= 4 || t.lower.endsWith('ienten')) && NON_FINNISH_WORDS.has(t.lower)) {
      allowLowercase = false;
      break;
    }
    if (t.lower.includes('å')) allowLowercase = false;
  }
  // Only capitalised words and lower-case words that could start a frequent name are looked up.
  const analyses: (Analysis | undefined)[] = new Array<Analysis | undefined>(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.isAllCaps) continue;
    if (!t.isCap && (!allowLowercase || lexicon.lowercasePrefixes[prefixIndex(t.lower)] !== 1)) continue;
    analyses[i] = analyseCached(t.lower, lexicon);
  }
  const ctx: Context = { text, tokens, analyses };
  const scores: number[] = new Array<number>(tokens.length).fill(0);
  const kinshipNames: PiiSpan[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const a = analyses[i];
    if (token === undefined || a === undefined || NEVER_NAME.has(token.lower)) continue;
    if (isInsideAddressOrDomain(text, token)) continue;
    if (text.charCodeAt(token.end) === HYPHEN && !isNameLike(ctx, i + 1)) continue; // "Ensi- ja turvakotien liitto"
    if (!a.isKnown && token.isCap && token.lower.includes('-')) {
      const dash = token.lower.indexOf('-');
      if (
        KINSHIP_TAIL.test(token.lower.slice(dash + 1)) &&
        analyseCached(token.lower.slice(0, dash), lexicon).isKnown
      ) {
        kinshipNames.push({ start: token.start, end: token.start + dash, type: 'NAME', confidence: 0.75 });
      }
      continue;
    }
    if (a.isKnown) scores[i] = scoreKnown(ctx, i, token, a, allowLowercase);
  }

  // Unknown capitalised words: a surname after a first name, or a name after a role word.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    const a = analyses[i];
    if (token === undefined || a === undefined || (scores[i] ?? 0) > 0 || token.isSentenceStart) continue;
    const prevIsFirstName =
      (scores[i - 1] ?? 0) > 0 && adjacent(ctx, i - 1, i) && (analyses[i - 1]?.isFirst ?? false);
    // Maarit Kallio, Pirjo Kallion: a surname that is also a district, right after a first name.
    if (token.isCap && a.isSurname && a.isPlace && !a.isOrganisation && prevIsFirstName) {
      scores[i] = 0.7;
      continue;
    }
    if (!token.isCap || a.isKnown || a.isPlace || a.isCommonWord || NEVER_NAME.has(token.lower)) continue;
    // Long unknown words are compounds ("Aikuissosiaalityön"), not names.
    if (
      token.lower.length < 2 ||
      token.lower.length > 13 ||
      token.lower.includes('-') ||
      LOCATIVE.test(token.lower)
    ) {
      continue;
    }
    if (ORG_BEFORE.test(token.lower) || ORG_HEAD.test(token.lower)) continue;
    const nextIsSurname =
      isNameLike(ctx, i + 1) && adjacent(ctx, i, i + 1) && (analyses[i + 1]?.isSurname ?? false);
    // A second unknown word continues a name started by a cue: "Asiakas Shukri Abdirizak".
    const continuesName =
      (scores[i - 1] ?? 0) > 0 && adjacent(ctx, i - 1, i) && (tokens[i - 1]?.isCap ?? false);
    if (prevIsFirstName) scores[i] = 0.65;
    else if (hasRoleBefore(ctx, i) || nextIsSurname || continuesName) scores[i] = 0.55;
  }

  const spans = joinNameChains(ctx, scores);
  return kinshipNames.length > 0 ? [...spans, ...kinshipNames] : spans;
}

// Joins adjacent name words into one span; drops chains that name an organisation or a building.
function joinNameChains(ctx: Context, scores: readonly number[]): PiiSpan[] {
  const { text, tokens, analyses } = ctx;
  const spans: PiiSpan[] = [];
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
    const prev = tokens[i - 1];
    const isOrgAfter =
      next !== undefined &&
      adjacent(ctx, j, j + 1) &&
      (ORG_HEAD.test(next.lower) || NOT_PERSON_AFTER.test(next.lower));
    const isOrgBefore =
      prev !== undefined && adjacent(ctx, i - 1, i) && ORG_BEFORE.test(prev.lower) && !hasRoleBefore(ctx, i);
    if (last !== undefined && !isOrgAfter && !isOrgBefore) {
      let start = first.start;
      // An initial before a surname belongs to the name (M. Lampinen); bare initials (M.K.) do not.
      if (text.charAt(start - 2) === '.' || text.charAt(start - 1) === '.') {
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
