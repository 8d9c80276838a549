// Hand-compiled data module (see ./README.md): names that are also ordinary words in Finnish, Swedish or
// English (Toivo 'hope', Onni 'luck', Mäki 'hill', Anna 'give'), compiled by reviewing where the name lists
// overlap the common-word lists. These count as names only with capitalisation inside a sentence or a
// person cue (title, role, age, a neighbouring name). Lower-case lemmas.

/** Names whose lemma is an ordinary word. */
export const AMBIGUOUS_NAME_LEMMAS: readonly string[] = [
  // Finnish first names
  'aamu', 'aarre', 'aino', 'aito', 'ansa', 'anna', 'armas', 'arvo', 'aurinko', 'ensi', 'hellä', 'helmi',
  'hertta', 'hilja', 'hymy', 'ilma', 'ilmi', 'ilo', 'ilta', 'into', 'jalo', 'kaino', 'kaisla', 'kaste', 'kauko',
  'kide', 'kielo', 'kukka', 'kuu', 'kuura', 'lahja', 'laina', 'lemmikki', 'lempi', 'lilja', 'lumi', 'lumikki',
  'mainio', 'meri', 'mies', 'muisto', 'muru', 'myrsky', 'myy', 'nalle', 'oiva', 'oma', 'onni', 'orvokki', 'paju',
  'pilvi', 'poika', 'pyry', 'rauha', 'ruusu', 'runo', 'sade', 'salama', 'salli', 'sana', 'satu', 'sievä',
  'siru', 'sisko', 'sulo', 'sumu', 'säde', 'taika', 'taimi', 'taito', 'talvi', 'tarina', 'tarmo', 'tenho',
  'toimi', 'toive', 'toivo', 'tuisku', 'tuuli', 'tyyne', 'tyyni', 'tähti', 'uljas', 'uni', 'unelma', 'urho',
  'usko', 'valo', 'varma', 'veli', 'vieno', 'vilja', 'voima', 'voitto', 'vuokko', 'elo', 'halla', 'kai',
  'kari', 'vesa', 'tuomi', 'ukko', 'onneli', 'helle', 'otto', 'aura', 'marja', 'kerttu', 'iiris',
  'rosa', 'tapani', 'lauha', 'viima', 'säkä', 'aatos', 'urpo', 'kosti',
  // Finnish surnames
  'aalto', 'aho', 'ala', 'harju', 'hiekka', 'hirvi', 'honka', 'ilves', 'joki', 'järvi', 'kallio', 'kangas',
  'karhu', 'kettu', 'kilpi', 'kivi', 'koivu', 'koski', 'kotka', 'kulta', 'kuusi', 'laakso', 'lahti', 'laine',
  'lehti', 'lehto', 'linna', 'lintu', 'lähde', 'metsä', 'mäki', 'mänty', 'niemi', 'nurmi', 'oja', 'orava',
  'palo', 'pelto', 'pohja', 'puisto', 'ranta', 'rinne', 'ruoho', 'saari', 'salo', 'silta', 'suo', 'susi',
  'talo', 'torni', 'vaara', 'valta', 'varjo', 'virta', 'vuori', 'haapa', 'tammi', 'kuusisto', 'sorsa',
  'tikka', 'varis', 'joutsen', 'kurki', 'peura', 'hovi', 'nummi', 'kumpu', 'tupa', 'mylly', 'hauta', 'posti',
  'kenttä', 'kartano', 'kirves', 'lamppu', 'sankari', 'kuningas', 'portti', 'raja', 'perä', 'iho', 'satama',
  'naapuri', 'pappi', 'musta', 'vanha', 'pitkä', 'väärä', 'kylmä', 'kulma', 'risti', 'linja', 'pinta',
  'suoja', 'massa', 'reitti', 'juuri', 'piikki', 'takki', 'kaveri', 'opas', 'teini', 'asukas', 'kuva',
  'levy', 'laatu', 'luoti', 'lepo', 'kasvi', 'arvio', 'yritys', 'vinkki', 'uutinen', 'laulaja', 'poikkeus',
  'mutta', 'tulla', 'koota', 'purra', 'pyöriä', 'summa', 'keino', 'vuoto', 'sarja', 'riski', 'passi',
  'mutka', 'kreivi', 'ritari', 'niska', 'terävä', 'saksa', 'turkki', 'piispa', 'vasara', 'partio', 'rinta',
  'muuri', 'nauha', 'romu', 'koukku', 'lento', 'herttua', 'laaja', 'hiiri', 'luuri', 'kallo', 'kuoppa',
  'hankala', 'suksi', 'munkki', 'ihme', 'vilkas', 'malja', 'parta', 'nätti', 'vaari', 'kiero', 'nuija',
  'heitto', 'eno', 'kyttä', 'perhonen', 'hopea', 'varakas', 'hauska', 'luu', 'aine', 'hanki', 'kasa',
  'sali', 'taulu', 'ampuja', 'tulokas', 'kakkonen', 'kolmonen', 'alhainen', 'välinen', 'lautanen', 'tuuri',
  'haukka', 'myyrä', 'tarkka', 'murto', 'puukko', 'pukki', 'kokki', 'paukku', 'jänis', 'tila', 'etelä',
  'kara', 'merta', 'lauren',
  // Swedish and English ordinary words
  'will', 'may', 'june', 'april', 'august', 'rose', 'mark', 'bill', 'grant', 'hope', 'faith', 'joy', 'grace',
  'rich', 'summer', 'winter', 'west', 'north', 'long', 'young', 'white', 'green', 'brown', 'king', 'hall',
  'wall', 'hill', 'bell', 'frost', 'love', 'art', 'dean', 'guy', 'sue', 'pat', 'don', 'ray', 'rob', 'nick',
  'van', 'le', 'do', 'ho', 'my', 'an', 'can', 'long', 'son', 'nam', 'to', 'lin', 'li', 'mai', 'thi', 'ly',
  'care', 'case', 'sun', 'ward', 'price', 'cook', 'wood', 'reed', 'ford', 'gray', 'stark', 'drake', 'carter',
  'baker', 'turner', 'parker', 'hunter', 'miller', 'smith', 'bo', 'ulf', 'ann', 'kim', 'mats', 'tor', 'sten',
  'björn', 'berg', 'dal', 'lund', 'ek', 'strand', 'holm', 'by', 'nord', 'sund', 'elm', 'bark', 'ros',
  'maja', 'saga', 'stina', 'märta', 'dagny', 'vanja', 'ylva', 'ebba',
  'rut', 'liv', 'tora', 'gun', 'sol', 'dag', 'vidar', 'sigge', 'max', 'hugo', 'lo', 'said',
  'long', 'maila', 'pelle', 'per', 'elin', 'veli', 'tarja', 'usva', 'aatto', 'ahti', 'sisu', 'into',
  // more nature and trade words among Finnish first names and surnames
  'taisto', 'sini', 'hilla', 'minttu', 'kanerva', 'leppä', 'pihlaja', 'vaahtera', 'kataja', 'majava', 'saukko',
  'näätä', 'korppi', 'harakka', 'kala', 'hauki', 'ahven', 'lohi', 'siika', 'kuha', 'särki', 'muikku', 'niitty',
  'heinä', 'sammal', 'savi', 'multa', 'korpi', 'notko', 'lampi', 'puro', 'salmi', 'neva', 'luoto', 'kesä',
  'kevät', 'syksy', 'routa', 'ukkonen', 'pouta', 'seppä', 'mylläri', 'suutari', 'räätäli', 'nikkari', 'tuomari',
  'lukkari', 'nelonen', 'vainio', 'frank', 'dawn', 'ivy', 'holly', 'sunny', 'rain', 'storm', 'stone', 'fox',
];
