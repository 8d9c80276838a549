// The letter shape of names from outside the Finnish and Swedish name lists: letters and letter pairs that
// native Finnish words do not have (Yusuf, Gulnara, Okonkwo, Shukri, Nguyen, Wiśniewski). Loanwords and
// drug names have them too, so the shape is only ever one piece of evidence next to a case ending or a cue.

// b c f q w x z and letters with foreign diacritics; g outside "ng"/"gg".
const FOREIGN_LETTER = /[bcfqwxzšžśźżćčřňďťľłđğşıñçéèêëáàâãíìîïóòôõúùûøæœ]|(?<![ng])g/u;
// Consonant pairs and starts that Finnish words do not have.
const FOREIGN_PAIR =
  /sh|kh|dh|th|ch|gh|ph|zh|dj|dz|tz|ts$|^mb|^nd|^ng|^nk|^nj|^ny|^hr|^hl|^mr|^ml|^vl|^vr|^yi|^wu|^ou|uo$|ey|ay|oy|iy|aw|ow|^([^aeiouyäöå])\1/u;

// Finnish words end in a vowel or n, t, s, l, r. Only said of a whole word: a stem cut from an inflected
// Finnish word may end in anything ("vanhemm|ille").
const FOREIGN_FINAL = /[bdfghjkmpvwxz]$/u;

/**
 * True when the lower-case word (or the stem cut from it, `isWholeWord` false) looks like a name from another
 * language than Finnish or Swedish.
 */
export function hasForeignShape(stem: string, isWholeWord = true): boolean {
  return FOREIGN_LETTER.test(stem) || FOREIGN_PAIR.test(stem) || (isWholeWord && FOREIGN_FINAL.test(stem));
}

// Endings a person takes far more often than a thing or a place: to / from / at somebody (Yusufille, Gulnaralta).
const PERSON_CASE = /^(.{3,}?)(?:i?lle|i?lta|i?ltä)(?:kin|kaan|kään)?$/u;

/** The stem of an unknown word in a case a person takes ("gulnaralta" → "gulnara"), or undefined. */
export function personCaseStem(lower: string): string | undefined {
  return PERSON_CASE.exec(lower)?.[1];
}
