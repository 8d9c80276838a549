import { describe, expect, it } from 'vitest';
import { detectDateOfBirth } from './date-of-birth.ts';

function found(text: string): string[] {
  return detectDateOfBirth(text).map((s) => text.slice(s.start, s.end));
}

describe('DATE_OF_BIRTH', () => {
  it.each([
    ['Asiakas, s. 12.3.1954, asuu yksin.', '12.3.1954'],
    ['syntynyt 1.2.1960, eläkkeellä', '1.2.1960'],
    ['puoliso, synt. 5.5.80, kuoli', '5.5.80'],
    ['Patient (DOB 12/03/1985) needs help.', '12/03/1985'],
    ['Client born 3 March 1990.', '3 March 1990'],
    ['Born on May 3, 1970 in Mogadishu.', 'May 3, 1970'],
    ['Klienten, född 3 april 1975, bor ensam.', '3 april 1975'],
    ['Vauva syntyi 15.6.2023, kaikki hyvin.', '15.6.2023'],
    ['Äiti täyttää 80 vuotta 12.3. ja juhlat pidetään.', '12.3.'],
    ['Syntymäaika: 03.04.1987', '03.04.1987'],
    ['Hän on syntynyt 7. toukokuuta 1962.', '7. toukokuuta 1962'],
    ['DOB 1985-03-12', '1985-03-12'],
  ])('finds the birth date in %s', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it.each([
    ['Hän on syntynyt kolmantena kesäkuuta 1948 Viipurissa.', 'kolmantena kesäkuuta 1948'],
    ['Syntymäpäivä on kahdeskymmenesensimmäinen lokakuuta.', 'kahdeskymmenesensimmäinen lokakuuta'],
    ['Klienten är född den femtonde mars 1939.', 'femtonde mars 1939'],
    ['She was born on the twenty-third of August 1990.', 'twenty-third of August 1990'],
    ['Born on July the fourth, 1969.', 'July the fourth, 1969'],
    ['DOB: 3rd of June 1990', '3rd of June 1990'],
    ['Born 3 March, 1990.', '3 March, 1990'],
    ['Born 3 March, in Oulu.', '3 March'],
    ['Hon är född den 3:e juni 1941.', '3:e juni 1941'],
  ])('finds a birth date written in words in %s', (text, date) => {
    expect(found(text)).toEqual([date]);
  });

  it.each([
    ['Kaksoset ovat syntyneet 4.7.2016 ja asuvat isällään.', ['4.7.2016']],
    ['Lapset syntyivät 2.2.2012 ja 18.11.2014.', ['2.2.2012', '18.11.2014']],
    ['The girls were born 9/10/2011 and 3/4/2013.', ['9/10/2011', '3/4/2013']],
    ['Barnen föddes 1.3.2010, 6.6.2012 och 12.12.2015.', ['1.3.2010', '6.6.2012', '12.12.2015']],
  ])('finds the birth dates after a plural birth verb in %s', (text, dates) => {
    expect(found(text)).toEqual(dates);
  });

  it('does not take other dates after a birth date for birth dates', () => {
    expect(found('Syntynyt 1.2.1960, kotiutus 5.12.2024.')).toEqual(['1.2.1960']);
    expect(found('s. 1.2.1960, 5.12. alkaen kotihoidossa')).toEqual(['1.2.1960']);
  });

  it('does not label a birth year alone, ages or other dates', () => {
    expect(found('Asiakas s. 1947, syntynyt -54, 45v.')).toEqual([]);
    expect(found('Päätös tehty 1.10.2024, kotiutus 5.12. klo 13.30, kuoli 3.9.2024.')).toEqual([]);
  });

  it('rejects impossible day or month numbers', () => {
    expect(found('s. 45.13.1950')).toEqual([]);
  });
});
