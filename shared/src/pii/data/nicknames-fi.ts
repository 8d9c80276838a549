// Hand-compiled data module (see ./README.md): everyday short forms and nicknames of common Finnish and
// Finland-Swedish first names, from general knowledge of Finnish usage. Lower-case.

/** Short forms and nicknames (Masa = Matti, Pete = Petri/Petteri, Jonttu = Jonne/Joni …). */
export const FINNISH_NICKNAMES: readonly string[] = [
  'masa', 'matti', 'make', 'mara', 'pete', 'petsku', 'pena', 'pekka', 'jonttu', 'jonski', 'tepa', 'teppo',
  'ripa', 'riku', 'rike', 'jukkis', 'juke', 'jusa', 'jussi', 'jukka', 'jykä', 'kake', 'kalle', 'kape', 'kari',
  'late', 'lasse', 'lauri', 'ville', 'vilppu', 'vikke', 'tuomo', 'tomppa', 'tommi', 'topi', 'toni', 'sami',
  'samppa', 'hessu', 'heikki', 'hese', 'hemmo', 'arska', 'ara', 'akke', 'aki', 'jake', 'jaska', 'jartsa',
  'jari', 'jarkko', 'jani', 'janne', 'jone', 'jonne', 'joni', 'joonas', 'juuso', 'kimi', 'kimmo', 'kusti',
  'mikko', 'mika', 'mikki', 'miku', 'mikke', 'nikke', 'nikkis', 'paavo', 'pave', 'pasi', 'pasku', 'pertsa',
  'pera', 'pekkis', 'rami', 'ramppa', 'reiska', 'reiskan', 'sakke', 'sakari', 'sepi', 'seppo', 'simo',
  'tapsa', 'tapsu', 'teme', 'teemu', 'tero', 'tetsu', 'timppa', 'timo', 'tuukka', 'tuke', 'ukko', 'vesku',
  'veikka', 'vekku', 'ykä', 'eki', 'eetu', 'esa', 'eikka', 'eki', 'hannu', 'hannes', 'harri', 'ilkka', 'ilkku',
  'jallu', 'joppe', 'jope', 'jouni', 'kai', 'kaitsu', 'lassi', 'lenni', 'leksa', 'manu', 'manne', 'olli',
  'ossi', 'otso', 'patu', 'pate', 'pepe', 'riitu', 'santtu', 'sasu', 'sepe', 'sipe', 'tatu', 'teppana',
  'velu', 'vilho', 'vili', 'villu', 'väiski', 'ykä', 'aku', 'ansku', 'annu', 'anski', 'elli', 'essi', 'hanna',
  'heli', 'hennu', 'iines', 'jenni', 'jonna', 'kaisu', 'kaija', 'katja', 'katri', 'kati', 'katti', 'kikka',
  'kirsi', 'kirsu', 'leena', 'lenita', 'liisu', 'liisa', 'lotta', 'maija', 'maikki', 'maisa', 'marjo',
  'marjut', 'minna', 'minttu', 'mirja', 'mirkku', 'nelli', 'niina', 'noora', 'oona', 'pia', 'pirre',
  'pipsa', 'raija', 'riikka', 'ritu', 'ruusa', 'sanna', 'sari', 'sanni', 'seija', 'sini', 'siru', 'sirpa',
  'sirkku', 'tanja', 'tarja', 'tiia', 'tiina', 'tintti', 'tuija', 'tuula', 'ulla', 'ulpu', 'vuokko', 'anu',
  'maikku', 'marke', 'meri', 'mimmi', 'mirva', 'muru', 'nina', 'nipa', 'pirkko', 'raili', 'riitta', 'ritva',
  'saara', 'sade', 'sisko', 'sohvi', 'sonja', 'suvi', 'terhi', 'tiitu', 'tuire', 'ulriikka', 'venni', 'ylva',
  'bosse', 'kalle', 'janne', 'nisse', 'pelle', 'olle', 'lasse', 'kicki', 'lotta', 'majken', 'sassa', 'micke',
  'jocke', 'mange', 'pekka', 'stina', 'bettan', 'gunsan', 'lillemor', 'nicke', 'rolle', 'tompa', 'affe',
];
