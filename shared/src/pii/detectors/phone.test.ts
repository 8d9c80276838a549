import { describe, expect, it } from 'vitest';
import { detectPhone } from './phone.ts';

function found(text: string): string[] {
  return detectPhone(text).map((s) => text.slice(s.start, s.end));
}

describe('PHONE', () => {
  it.each([
    '+358 40 1234567',
    '+358 (0)45 678 9012',
    '+358401112233',
    '040-1234567',
    '0401234567',
    '09 123 4567',
    '(03) 222 4567',
    '045 123 45 67',
    '+46 70 123 45 67',
    '+372 5123 4567',
  ])('finds %s', (number) => {
    expect(found(`Soita numeroon ${number}, kiitos.`)).toEqual([number]);
  });

  it.each([
    ['Soita puh.0451234987 kun ehdit.', '0451234987'],
    ['Tavoitat minut tel:+358501239876.', '+358501239876'],
    ['Ring mig tfn.040-7654321.', '040-7654321'],
    ['GSM:044 321 7654 iltaisin', '044 321 7654'],
    ['Mobil:070-987 65 43', '070-987 65 43'],
    ['soita puh0401234567', '0401234567'],
    ['Tel+358 40 765 4321', '+358 40 765 4321'],
  ])('finds a number glued to its cue word in %s', (text, number) => {
    expect(found(text)).toEqual([number]);
  });

  it('still skips numbers glued to other words', () => {
    expect(found('Lomake v.0401234567 ja kohta 12/0401234567.')).toEqual([]);
    expect(found('Tunniste ABC0401234567 ja p0401234567')).toEqual([]);
  });

  it('finds several numbers in one message', () => {
    expect(found('Vastaa numeroon 0451234567 tai 040 111 2222.')).toEqual(['0451234567', '040 111 2222']);
  });

  it('skips emergency, service and switchboard numbers', () => {
    expect(found('Hätänumero 112 ja päivystysapu 116 117.')).toEqual([]);
    expect(found('Kelan palvelunumero 020 692 204 on ruuhkainen.')).toEqual([]);
    expect(found('Maksuton 0800 123 456 tai 0600 12345.')).toEqual([]);
    expect(found('Sairaalan vaihde 03 311 611 vastaa.')).toEqual([]);
    expect(found('Osaston numero 03 311 65432, kysy hoitajaa.')).toEqual([]);
  });

  it("keeps a professional's direct number even after a unit word", () => {
    expect(found('Osastonhoitaja Leena, 040 555 1234, vastaa.')).toEqual(['040 555 1234']);
  });

  it('does not take doses, lab values, dates, times or law numbers', () => {
    expect(found('Marevan 5 mg, INR 2,8, klo 09.30, 01.02.2024, laki 785/1992, Y-tunnus 2345678-9')).toEqual(
      [],
    );
  });
});
