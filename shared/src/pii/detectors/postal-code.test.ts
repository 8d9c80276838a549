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

  it('keeps a colon ending inside the span', () => {
    expect(found('postinumero 40520:n alueella')).toEqual(['40520:n']);
  });

  it('ignores five-digit numbers without a location cue', () => {
    expect(found('Laskun summa 12000 euroa, viite 12345.')).toEqual([]);
  });
});
