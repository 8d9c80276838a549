import { describe, expect, it } from 'vitest';
import { detect, type PiiSpan } from './index.ts';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** A synthetic HETU with a valid check character, and one with a wrong check character. */
function makeHetu(ddmmyy: string, sign: string, nnn: string, isValid = true): string {
  const index = Number(ddmmyy + nnn) % 31;
  return ddmmyy + sign + nnn + (CHECK[isValid ? index : (index + 1) % 31] ?? '0');
}

function labelled(text: string): string[] {
  return detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

function overlaps(spans: PiiSpan[]): boolean {
  return spans.some((a, i) => spans.some((b, j) => i !== j && a.start < b.end && b.start < a.end));
}

describe('detect', () => {
  it('finds every kind of personal data in one message without overlaps', () => {
    const hetu = makeHetu('120356', '-', '123');
    const text =
      `Potilas Matti Virtanen (${hetu}), s. 12.3.1956, puh. 040 123 4567, matti.v@example.fi, ` +
      'asuu Sammonkatu 45 A 3, 33540 Tampere. Kelan asiakasnumero K-2087731.';
    const spans = detect(text);
    expect(overlaps(spans)).toBe(false);
    expect(labelled(text)).toEqual([
      'NAME:Matti Virtanen',
      `HETU:${hetu}`,
      'DATE_OF_BIRTH:12.3.1956',
      'PHONE:040 123 4567',
      'EMAIL:matti.v@example.fi',
      'ADDRESS:Sammonkatu 45 A 3, 33540 Tampere',
      'OTHER_ID:K-2087731',
    ]);
  });

  it('labels a HETU look-alike next to a name as OTHER_ID but ignores a bare one', () => {
    const broken = makeHetu('120356', '-', '123', false);
    expect(labelled(`Matti Virtanen ${broken} kaatui.`)).toEqual([
      'NAME:Matti Virtanen',
      `OTHER_ID:${broken}`,
    ]);
    expect(labelled(`Lokimerkintä ${broken} tallennettu.`)).toEqual([]);
  });

  it('keeps a name inside an e-mail address in the EMAIL span only', () => {
    expect(labelled('Tytär Minna Kinnunen minna.k@example.com soittaa.')).toEqual([
      'NAME:Minna Kinnunen',
      'EMAIL:minna.k@example.com',
    ]);
  });

  it.each([
    'INR 3,8, Marevan 5 mg ma-pe ja 2,5 mg la-su.',
    'Laboratorio: P-TSH 6,2, T4V 12, B-Leuk 11,4, Hb 98, CRP 45, eGFR 38.',
    'ICD-10 Z63.0 ja F32.1, lisäksi E11.9.',
    'Täytetäänkö SV 67 vai KU 101? Lomake TO 1 kirjaamoon.',
    'Palaveri to 5.12. klo 13.30, huone 214, osasto 5B.',
    'Asiakas 82v, kotihoito 3x/vrk, asiakasmaksu 45,50 €.',
    'Tays, Kela, Pirha, HUS ja Tampereen kaupunki tekevät yhteistyötä.',
    'Kelan palvelunumero 020 692 204 on ruuhkautunut.',
    'Vnr 123456 -pakkaus, laki 785/1992, Y-tunnus 2345678-9.',
  ])('flags nothing in %s', (text) => {
    expect(detect(text)).toEqual([]);
  });

  it('drops spans below minConfidence', () => {
    const text = 'soitin matille eilen';
    expect(detect(text)).toHaveLength(1);
    expect(detect(text, { minConfidence: 0.9 })).toEqual([]);
  });

  it('gives checksum-validated spans the highest confidence', () => {
    const [span] = detect(`hetu ${makeHetu('010101', 'A', '234')}`);
    expect(span?.confidence).toBeGreaterThanOrEqual(0.98);
  });
});
