import { describe, expect, it } from 'vitest';
import { detectPostalCode } from './postal-code.ts';

function found(text: string): string[] {
  return detectPostalCode(text).map((s) => text.slice(s.start, s.end));
}

describe('POSTAL_CODE', () => {
  it('finds a code that locates a person, without the town', () => {
    expect(found('Asiakas muuttanut postinumeroalueelle 33720, Hervantaan.')).toEqual(['33720']);
    expect(found('Asiakas asuu alueella 33100 Tampere.')).toEqual(['33100']);
    expect(found('Postinumero on 00530, tarkempaa ei.')).toEqual(['00530']);
    expect(found('Klienten uppger bara postnumret 68600, Jakobstad.')).toEqual(['68600']);
  });

  it('finds a code followed by a town without a cue word', () => {
    expect(found('Perhe muutti kesällä 15140 Lahti, koulu vaihtuu.')).toEqual(['15140']);
    expect(found('Nykyään 90100 Oulussa, ei muuta tietoa.')).toEqual(['90100']);
    expect(found('Osoite: 40100 Jyväskylä')).toEqual(['40100']);
  });

  it('leaves codes of street addresses and organisations to others', () => {
    expect(found('Rautatienkatu 10 B, 33100 Tampere')).toEqual([]);
    expect(found('Tampereen kaupunki, PL 487, 33101 Tampere')).toEqual([]);
    expect(found('Kela, 00056 Kela')).toEqual([]);
    expect(found('Sosiaalitoimisto, 20100 Turku, avoinna arkisin')).toEqual([]);
    expect(found('Tilausnumero 12345 Tampere-talolle')).toEqual([]);
  });

  it('keeps a colon ending inside the span', () => {
    expect(found('postinumero 40520:n alueella')).toEqual(['40520:n']);
  });

  it('ignores five-digit numbers without a location cue', () => {
    expect(found('Laskun summa 12000 euroa, viite 12345.')).toEqual([]);
  });
});
