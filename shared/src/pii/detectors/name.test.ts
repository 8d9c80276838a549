import { describe, expect, it } from 'vitest';
import { detectNames } from './name.ts';

function found(text: string): string[] {
  return detectNames(text).map((s) => text.slice(s.start, s.end));
}

describe('NAME', () => {
  it('finds first name + surname as one span, titles outside', () => {
    expect(found('Potilas Matti Virtanen soitti eilen.')).toEqual(['Matti Virtanen']);
    expect(found('Lääkäri Koskinen kirjoitti lausunnon.')).toEqual(['Koskinen']);
    expect(found('Mr Abdi missed his appointment.')).toEqual(['Abdi']);
    expect(found('Matti ja Liisa Virtanen tulivat.')).toEqual(['Matti', 'Liisa Virtanen']);
  });

  it.each([
    ['Soitin eilen Virtaselle, ei vastannut.', 'Virtaselle'],
    ['Sain Korhoselta luvan.', 'Korhoselta'],
    ['Ohjasin asiakkaan Hiltusen vastaanotolle.', 'Hiltusen'],
    ['Soita Masalle, se on kaveri.', 'Masalle'],
    ['Lähetin Päiville hakemuksen.', 'Päiville'],
    ['Kaija on omaishoitaja miehelleen Sepolle.', 'Sepolle'],
    ['Ritvallekin kerrottiin päätöksestä.', 'Ritvallekin'],
    ['Mohamedille on myönnetty oleskelulupa.', 'Mohamedille'],
    ['Vuoren perhe asuu mäen päällä.', 'Vuoren'],
    ['Puhuin Tuomakselle ja he sopivat asiasta.', 'Tuomakselle'],
  ])('recognises the inflected name in %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it('recognises family names in the plural', () => {
    expect(found('Hämäläiset muuttivat Lempäälään.')).toEqual(['Hämäläiset']);
    expect(found('Kinnusten perheessä on 4 lasta.')).toEqual(['Kinnusten']);
    expect(found('Sijaisperhe Lampiset ei jaksa.')).toEqual(['Lampiset']);
  });

  it('recognises Swedish genitives and leaves the English possessive outside', () => {
    expect(found('Sjöbergs dotter har flyttat.')).toEqual(['Sjöbergs']);
    expect(found("We called Sarah's mother.")).toEqual(['Sarah']);
  });

  it('recognises lower-case names in Finnish chat', () => {
    expect(found('soitin matille ja liisalle mutta kumpikaan ei vastannut')).toEqual(['matille', 'liisalle']);
    expect(found('hei, jukka täällä aikuissosiaalityöstä')).toEqual(['jukka']);
    expect(found('virtasen perhe on ollut asiakkaana')).toEqual(['virtasen']);
  });

  it('recognises rarer lower-case names right after a person cue only', () => {
    expect(found('äiti leila kertoi että asiakas yusuf on kipeä')).toEqual(['leila', 'yusuf']);
    expect(found('eilen yusuf oli kipeä')).toEqual([]);
  });

  it('takes a foreign-shaped name after a cue even when the subtitle word list has it, but not services', () => {
    expect(found("Our client Siobhan O'Leary called.")).toEqual(["Siobhan O'Leary"]);
    expect(found('Please call Social Services or contact Legal Aid.')).toEqual([]);
    expect(found('Kan ni kontakta Folkhälsan om saken?')).toEqual([]);
  });

  it('does not read lower-case Swedish or English words as names', () => {
    expect(found('Hemvården besöker klienten tre gånger per dag.')).toEqual([]);
    expect(found('Please call me back tomorrow.')).toEqual([]);
  });

  it('decides names that are ordinary words by context', () => {
    expect(found('Toivo on, että kuntoutus alkaa pian.')).toEqual([]);
    expect(found('Onni onnettomuudessa, ettei murtumaa tullut.')).toEqual([]);
    expect(found('Annan mielelläni lisätietoja.')).toEqual([]);
    expect(found('Mäki talon edessä on jyrkkä.')).toEqual([]);
    expect(found('Tuuli kääntyi, kun nuori sai paikan.')).toEqual([]);
    expect(found('Toivo Mäki 88v kaatuili kotona.')).toEqual(['Toivo Mäki']);
    expect(found('Tuuli 15v on ollut poissa koulusta.')).toEqual(['Tuuli']);
    expect(found('Annan kanssa on sovittu kotikäynti.')).toEqual(['Annan']);
    expect(found('Asiakas Mäki kertoi, että kotona on kylmä.')).toEqual(['Mäki']);
    expect(found('Pyysin Ainoa tuomaan päätöksen.')).toEqual(['Ainoa']);
  });

  it('takes a name that is also an ordinary word when a person verb or an age follows', () => {
    expect(found('Lumi ei päässyt kouluun tänään.')).toEqual(['Lumi']);
    expect(found('Aamu on 9-vuotias ja käy koulua.')).toEqual(['Aamu']);
    expect(found('Satu muutti äitinsä luota pois.')).toEqual(['Satu']);
    expect(found('Lumi ei sulanut vielä.')).toEqual([]);
    expect(found('Ilta ei jaksanut enää odottaa.')).toEqual(['Ilta']);
    expect(found('Illalla ei ollut ketään paikalla.')).toEqual([]);
    expect(found('Satu on kaunis ja pitkä.')).toEqual([]);
  });

  it('takes an unknown name before a person postposition or verb', () => {
    expect(found('Keskustelin eilen Adebayon kanssa tuloista.')).toEqual(['Adebayon']);
    expect(found('Tänään Marchetti kertoi muutosta.')).toEqual(['Marchetti']);
  });

  it('takes a lower-case name that is also a word fragment after a person cue', () => {
    expect(found('asiakas marjatta ei vastannut puhelimeen')).toContain('marjatta');
  });

  it('does not take a name before a street word', () => {
    expect(found('The office is on Main Street.')).toEqual([]);
  });

  it('takes the name after a sign-off, also an unknown or hyphenated one', () => {
    expect(found('Kiitos avusta!\nt. Anna-Kaisa')).toEqual(['Anna-Kaisa']);
    expect(found('Palaan asiaan. t. Zeynep')).toEqual(['Zeynep']);
    expect(found('Äiti kävi. Toivo on, että hän jaksaa.')).toEqual([]);
  });

  it('takes both first names in "X ja Y Surname" and a surname that is also a word', () => {
    expect(found('Tom and Jenny Baxter asked for a meeting.')).toEqual(['Tom', 'Jenny Baxter']);
    expect(found('Veikko ja Kaarina Lehto hakevat tukea.')).toEqual(['Veikko', 'Kaarina Lehto']);
  });

  it('takes an unknown name from another language in a person case or before a person verb', () => {
    expect(found('Gunnhildilta puuttuu vielä tiliote.')).toEqual(['Gunnhildilta']);
    expect(found('Lähetin kutsun Nakashimalle ja Wójcikille.')).toEqual(['Nakashimalle', 'Wójcikille']);
    expect(found('Okechukwu kertoi tilanteestaan.')).toEqual(['Okechukwu']);
  });

  it('does not take Finnish-shaped unknown words or places in a person case', () => {
    expect(found('Kuntoutukselta odotetaan paljon.')).toEqual([]);
    expect(found('Hervannalta on pitkä matka keskustaan.')).toEqual([]);
    expect(found('Subutex on auttanut.')).toEqual([]);
    expect(found('Vanhemmille ja Työttömille on omat ryhmät.')).toEqual([]);
  });

  it('keeps an initial with the surname but not bare initials', () => {
    expect(found('Asiakas M. Lampinen odottaa.')).toEqual(['M. Lampinen']);
    expect(found('Nimimerkki M.K. kysyi neuvoa.')).toEqual([]);
  });

  it('handles hyphenated names and name + kinship compounds', () => {
    expect(found('Edunvalvoja Anna-Maija Rantanen ei vastaa.')).toEqual(['Anna-Maija Rantanen']);
    expect(found('Fatima Al-Sayed 34v on raskaana.')).toEqual(['Fatima Al-Sayed']);
    expect(found('Jonna-tädin mukaan kaikki on hyvin.')).toEqual(['Jonna']);
  });

  it('finds unknown surnames next to a known first name or after a role', () => {
    expect(found('Äiti Kadri Tamm puhuu suomea vähän.')).toEqual(['Kadri Tamm']);
    expect(found('Asiakas Nguyen Thi Lan ei ymmärrä päätöstä.')).toEqual(['Nguyen Thi Lan']);
  });

  it('does not label organisations, buildings, towns, pets or e-mail parts', () => {
    expect(found('Aurora-sairaalan osastolle pääsee lähetteellä.')).toEqual([]);
    expect(found('Sophie Mannerheimin koulun kuraattori soitti.')).toEqual([]);
    expect(found('Pitäjänmäen terveysasema vai Kivelän sairaala?')).toEqual([]);
    expect(found('Asiakas asuu Lahdessa, ennen Salossa. Lahti ja Salo ovat mukana.')).toEqual([]);
    expect(found('Koira Nalle jää hoitoon.')).toEqual([]);
    expect(found('Kelan päätös tuli, Kelalta ei vastata.')).toEqual([]);
    expect(found('Ensi- ja turvakotien liiton yksikkö on täynnä.')).toEqual([]);
    expect(found('The County Hall and Central Hospital are closed.')).toEqual([]);
    expect(found('Yhteys: sanna.lehtonen@example.fi')).toEqual([]);
  });

  it('continues a name of unknown words started by a cue and keeps district-like surnames after a first name', () => {
    expect(found('Asiakas Shukri Abdirizak odottaa päätöstä.')).toEqual(['Shukri Abdirizak']);
    expect(found('Potilaan tytär, Maarit Kallio, asuu Espoossa.')).toEqual(['Maarit Kallio']);
    expect(found('Tapasin Matti Kelan edustajan.')).toEqual(['Matti']);
  });

  it('does not label diseases named after people or long compounds after a greeting', () => {
    expect(found('Crohnin tauti ja Sjögrenin oireyhtymä hankaloittavat arkea.')).toEqual([]);
    expect(found('Ystävällisin terveisin, Aikuissosiaalityön tiimi')).toEqual([]);
  });

  it('reads inflected forms of "asiakas" as person cues, but not an organisation after one', () => {
    expect(found('Asiakkaamme Aliyev on huolissaan.')).toEqual(['Aliyev']);
    expect(found('Asiakkaalle Nurmio on lähetetty kutsu.')).toEqual(['Nurmio']);
    expect(found('Asiakkaan Kelan päätös tuli, asiakas Kelan jonossa.')).toEqual([]);
  });

  it('does not label kinship and role nouns that start a sentence', () => {
    expect(found('Sisko asuu Ruotsissa. Veli kertoi muusta.')).toEqual([]);
    expect(found('Sisko Lahtinen asuu Ruotsissa.')).toEqual(['Sisko Lahtinen']);
  });

  it('does not label role nouns with an age', () => {
    expect(found('Mies 52v, asunnoton. Nainen 29v ja 2 lasta.')).toEqual([]);
  });
});
