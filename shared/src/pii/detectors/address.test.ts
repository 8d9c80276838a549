import { describe, expect, it } from 'vitest';
import { detectAddress } from './address.ts';

function found(text: string): string[] {
  return detectAddress(text).map((s) => text.slice(s.start, s.end));
}

describe('ADDRESS', () => {
  it.each([
    ['Osoite on Sammonkatu 45 A 3, 33540 Tampere, summeri ei toimi.', 'Sammonkatu 45 A 3, 33540 Tampere'],
    ['Anna asuu Hämeenkadulla 12 B 34.', 'Hämeenkadulla 12 B 34'],
    ['Perhe asuu osoitteessa Kalevantie 3 as. 12.', 'Kalevantie 3 as. 12'],
    ['Hän asuu Pyynikintie 5:ssä.', 'Pyynikintie 5:ssä'],
    ['Kotikäynti Koivukujalle 3 sovittu.', 'Koivukujalle 3'],
    ['asuu insinöörinkatu 38 d 112 yksin', 'insinöörinkatu 38 d 112'],
    ['Uusi osoite: Mäntytie 8 D, 40520 Jyväskylä.', 'Mäntytie 8 D, 40520 Jyväskylä'],
    ['Asunto Rinnetie 7, kunnes muutto.', 'Rinnetie 7'],
    ['Klienten bor på Skolgatan 12 lgh 4 i Vasa.', 'Skolgatan 12 lgh 4'],
    ['Hon bor på Storgatan 5 B 12, 65100 Vasa.', 'Storgatan 5 B 12, 65100 Vasa'],
    ['She lives at Hervannan valtaväylä 15 C 42.', 'Hervannan valtaväylä 15 C 42'],
    ['The client lives at 22 Baker Street now.', '22 Baker Street'],
    ['Perhe asuu Toinen linja 5 C 20.', 'Toinen linja 5 C 20'],
    ['Hän asuu Kivikonlaita 4 B 12, Helsinki.', 'Kivikonlaita 4 B 12'],
    ['Uusi osoite Kalevantie 3 B as. 12.', 'Kalevantie 3 B as. 12'],
  ])('finds the address in %s', (text, address) => {
    expect(found(text)).toEqual([address]);
  });

  it('leaves the town outside without a postal code', () => {
    expect(found('asuu Rantatie 9 B 3 Lempäälässä')).toEqual(['Rantatie 9 B 3']);
  });

  it('skips addresses of organisations and service units', () => {
    expect(found('Kotihoidon toimisto, Rautatienkatu 10, on auki arkisin.')).toEqual([]);
    expect(found('Vuokranantaja: Kiinteistö Oy Kotiranta, Hämeenpuisto 25, Tampere.')).toEqual([]);
  });

  it('skips the public visiting address of an organisation', () => {
    expect(found('Neuvolan käyntiosoite on Koulukatu 14, sisäänkäynti pihalta.')).toEqual([]);
    expect(found('Mottagningens besöksadress är Kyrkogatan 3 B.')).toEqual([]);
    expect(found("The centre's visiting address is 4 Harbour Road.")).toEqual([]);
    expect(found('Toimistomme käyntiosoite: Puistokatu 2 A, 33100 Tampere.')).toEqual([]);
  });

  it('skips streets without a number, quantities and road numbers', () => {
    expect(found('Hämeenkadulla on remontti.')).toEqual([]);
    expect(found('Kalevantiellä 3 km ruuhkaa, valtatie 3 suljettu.')).toEqual([]);
    expect(found('Kysymys lastensuojelulain 25 §:stä.')).toEqual([]);
    expect(found('Alaikäinen 13v hakenut ehkäisyä.')).toEqual([]);
    expect(found('Perhe asuu Hämeenkadulla 3. kerroksessa, pihalla 3 lasta.')).toEqual([]);
  });
});
