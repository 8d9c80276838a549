/**
 * Candidate base forms of an inflected Finnish or Swedish name, for lexicon lookup: Virtaselle → virtanen,
 * Sepolle → seppo, Niemen → niemi, Ritvallekin → ritva, Sjöbergs → sjöberg. Over-generates on purpose; the
 * caller keeps only candidates found in a lexicon. Input and output are lower case.
 */

const CLITICS = ['kaan', 'kään', 'kin', 'han', 'hän', 'pa', 'pä', 'ko', 'kö'];

// Case endings, longest first so that the cheap checks stay in order; plural stems of -nen names have their own rule.
const ENDINGS = [
  'ineen',
  'illa',
  'illä',
  'ilta',
  'iltä',
  'ille',
  'issa',
  'issä',
  'ista',
  'istä',
  'iden',
  'seen',
  'lle',
  'lta',
  'ltä',
  'lla',
  'llä',
  'ssa',
  'ssä',
  'sta',
  'stä',
  'ksi',
  'tta',
  'ttä',
  'hin',
  'hen',
  'han',
  'hon',
  'hun',
  'hän',
  'hön',
  'ien',
  'jen',
  'ten',
  'ine',
  'na',
  'nä',
  'ta',
  'tä',
  'in',
  'ia',
  'iä',
  'an',
  'än',
  'on',
  'ön',
  'un',
  'yn',
  'en',
  'n',
  'a',
  'ä',
  't',
  's',
];

// -nen names: Virtanen → Virtase|n|lle|lta…, Virtas|ta, plural Virtase|t, Virtas|ten|ille|ia.
const NEN_FORM =
  /^(\p{L}{2,}?)(?:se(?:n|lle|lta|ltä|lla|llä|ssa|ssä|sta|stä|ksi|na|nä|t|en|ni|si|nsa|nsä|mme|nne)?|seen|s(?:ta|tä|ten|t|ia|iä|ien|ille|ilta|iltä|illa|illä|issa|issä|ista|istä|iin|ineen|ine))$/u;

const VOWELS = 'aeiouyäö';

// Weak consonant clusters and their strong grade: Lahden → Lahti, Hongan → Honka, Rannan → Ranta.
const STRONG_GRADE: Readonly<Record<string, string>> = {
  hd: 'ht',
  ng: 'nk',
  nn: 'nt',
  mm: 'mp',
  ll: 'lt',
  rr: 'rt',
};

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Undoes consonant gradation and stem vowel changes of a stem (sepo → seppo, nieme → niemi, mäe → mäki). */
function stemVariants(stem: string, out: string[]): void {
  out.push(stem);
  const n = stem.length;
  const last = stem[n - 1];
  const prev = stem[n - 2];
  if (last === undefined || prev === undefined) return;
  const prev2 = stem[n - 3];
  if (isVowel(last)) {
    // Weak grade k/p/t → strong kk/pp/tt: Matin → Matti, Sepolle → Seppo, Jukalle → Jukka.
    const isWeakStop = prev === 'k' || prev === 'p' || prev === 't';
    if (
      isWeakStop &&
      prev2 !== prev &&
      (isVowel(prev2) || (prev2 !== undefined && 'lrnmh'.includes(prev2)))
    ) {
      out.push(stem.slice(0, n - 1) + prev + last);
    }
    const strong = STRONG_GRADE[stem.slice(n - 3, n - 1)];
    if (strong !== undefined) out.push(stem.slice(0, n - 3) + strong + last);
  }
  if (last === 'e') {
    // i-stems: Niemen → Niemi, Vuoren → Vuori, Lahden → Lahti, Mäen → Mäki.
    const iStem = stem.slice(0, n - 1) + 'i';
    out.push(iStem);
    if (stem.slice(n - 3, n - 1) === 'hd') out.push(stem.slice(0, n - 3) + 'hti');
    if (isVowel(prev)) out.push(stem.slice(0, n - 1) + 'ki');
    // -s names: Eliaksen → Elias, Markukselle → Markus.
    if (stem.endsWith('kse')) out.push(stem.slice(0, n - 3) + 's');
  }
  // -s names with a doubled vowel: Tuomaan → Tuomas.
  if (isVowel(last) && prev === last) out.push(stem.slice(0, n - 1) + 's');
}

/** The word itself first, then possible base forms; may contain duplicates. */
export function lemmaCandidates(word: string): string[] {
  const out: string[] = [word];
  const forms = [word];
  for (const clitic of CLITICS) {
    if (word.length > clitic.length + 2 && word.endsWith(clitic)) forms.push(word.slice(0, -clitic.length));
  }
  for (const form of forms) {
    if (form !== word) out.push(form);
    const nen = NEN_FORM.exec(form);
    if (nen?.[1] !== undefined) out.push(nen[1] + 'nen');
    for (const ending of ENDINGS) {
      if (form.length - ending.length < 2 || !form.endsWith(ending)) continue;
      stemVariants(form.slice(0, form.length - ending.length), out);
    }
  }
  return out;
}
