import { describe, expect, it } from 'vitest';
import { detect, redact } from './index.ts';
import { normaliseForGuard, toOriginalSpans } from './normalize.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const FIGURE = '\u2007';
const ZWSP = '\u200b';

function found(text: string): string[] {
  return detect(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('normaliseForGuard', () => {
  it('returns plain text as it is, without a map', () => {
    const plain = 'Asiakas soitti – “kiireellinen” asia 😊\nhuomenna.';
    const result = normaliseForGuard(plain);
    expect(result.text).toBe(plain);
    expect(result.startOf).toBeUndefined();
  });

  it('turns every Unicode space into a space and every line break into \\n', () => {
    const result = normaliseForGuard(`a${NBSP}b${NNBSP}c${FIGURE}d\u3000e\u2028f\u2029g\r\nh\ri\u0085j`);
    expect(result.text).toBe('a b c d e\nf\ng\nh\ni\nj');
  });

  it('needs no map when only spaces and lone line breaks change (offsets stay)', () => {
    const result = normaliseForGuard(`puh.${NBSP}040${NNBSP}123\u2028x\ry`);
    expect(result.text).toBe('puh. 040 123\nx\ny');
    expect(result.startOf).toBeUndefined();
  });

  it('drops invisible characters and maps each kept character back to its original', () => {
    const text = `0${ZWSP}1\u200d2\u20603\ufeff4\u00ad5`;
    const result = normaliseForGuard(text);
    expect(result.text).toBe('012345');
    expect(toOriginalSpans([{ start: 0, end: 6 }], result)).toEqual([{ start: 0, end: text.length }]);
    expect(toOriginalSpans([{ start: 2, end: 3 }], result)).toEqual([{ start: 4, end: 5 }]);
  });

  it('composes decomposed letters and maps the composed letter to both original units', () => {
    const text = 'Ka\u0308rkka\u0308inen';
    const result = normaliseForGuard(text);
    expect(result.text).toBe('Kärkkäinen');
    expect(toOriginalSpans([{ start: 0, end: 10 }], result)).toEqual([{ start: 0, end: 12 }]);
    expect(toOriginalSpans([{ start: 1, end: 2 }], result)).toEqual([{ start: 1, end: 3 }]);
  });

  it('maps CRLF to one \\n covering both characters', () => {
    const result = normaliseForGuard('a\r\nb');
    expect(result.text).toBe('a\nb');
    expect(toOriginalSpans([{ start: 2, end: 3 }], result)).toEqual([{ start: 3, end: 4 }]);
  });
});

describe('detect on text with special spaces and characters', () => {
  it('finds a phone number, an address and an IBAN around no-break spaces, in original offsets', () => {
    const text =
      `Soita${NBSP}040${NBSP}123${NBSP}4567, asuu Kalevantie${NBSP}3${NNBSP}as.${NBSP}12. ` +
      `Tili FI21${FIGURE}1234${FIGURE}5600${FIGURE}0007${FIGURE}85.`;
    expect(found(text)).toEqual([
      `PHONE:040${NBSP}123${NBSP}4567`,
      `ADDRESS:Kalevantie${NBSP}3${NNBSP}as.${NBSP}12`,
      `IBAN:FI21${FIGURE}1234${FIGURE}5600${FIGURE}0007${FIGURE}85`,
    ]);
  });

  it('finds a phone number with a zero-width space inside it', () => {
    const text = `Puhelin 040 12${ZWSP}3 4567 iltaisin.`;
    expect(found(text)).toEqual([`PHONE:040 12${ZWSP}3 4567`]);
  });

  it('finds an address after CRLF line breaks', () => {
    const text = 'Uusi osoite:\r\nSammonkatu 45 A 3, 33540 Tampere\r\nkiitos';
    expect(found(text)).toEqual(['ADDRESS:Sammonkatu 45 A 3, 33540 Tampere']);
  });

  it('finds a name written with decomposed letters and redacts exactly its characters', () => {
    const name = 'Ma\u0308ki\u0308nen';
    const text = `Asiakas Pirjo ${name} soitti.`;
    expect(found(text)).toEqual([`NAME:Pirjo ${name}`]);
    expect(redact(text).text).toBe('Asiakas [NIMI] soitti.');
  });

  it('redacts the original characters when spaces are no-break spaces', () => {
    const text = `Matti${NBSP}Virtanen, puh.${NBSP}040${NBSP}123${NBSP}4567`;
    expect(redact(text).text).toBe('[NIMI], puh.\u00a0[PUHELIN]');
  });
});
