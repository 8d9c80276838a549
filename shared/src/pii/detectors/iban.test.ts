import { describe, expect, it } from 'vitest';
import { detectIban, isValidIban } from './iban.ts';

/** Builds a synthetic IBAN with correct check digits for the given country and BBAN. */
function makeIban(country: string, bban: string): string {
  const numeric = (bban + country + '00')
    .toUpperCase()
    .split('')
    .map((ch) => (/\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55)))
    .join('');
  const check = String(98n - (BigInt(numeric) % 97n)).padStart(2, '0');
  return country + check + bban;
}

function spaced(iban: string): string {
  return iban.replace(/(.{4})/g, '$1 ').trim();
}

function found(text: string): string[] {
  return detectIban(text).map((s) => text.slice(s.start, s.end));
}

describe('IBAN', () => {
  const finnish = makeIban('FI', '12345600000785');

  it('accepts a valid Finnish IBAN, compact or spaced, upper or lower case', () => {
    expect(isValidIban(finnish)).toBe(true);
    expect(found(`tilille ${finnish} kiitos`)).toEqual([finnish]);
    expect(found(`tilille ${spaced(finnish)}, vuokra`)).toEqual([spaced(finnish)]);
    expect(found(`tili ${finnish.toLowerCase()}.`)).toEqual([finnish.toLowerCase()]);
  });

  it('accepts foreign IBANs', () => {
    const swedish = makeIban('SE', '50000000058398257466');
    const german = makeIban('DE', '370400440532013000');
    expect(found(`konto ${spaced(swedish)} och ${german}`)).toEqual([spaced(swedish), german]);
  });

  it('rejects a wrong checksum and a wrong length', () => {
    const wrong = finnish.slice(0, 2) + (finnish[2] === '9' ? '1' : '9') + finnish.slice(3);
    expect(found(`tili ${wrong}`)).toEqual([]);
    expect(isValidIban(finnish + '1')).toBe(false);
  });

  it('stops where the checksum closes, before following words', () => {
    expect(found(`${spaced(finnish)} ei enää`)).toEqual([spaced(finnish)]);
  });

  it('ignores reference numbers and amounts', () => {
    expect(found('viite 1234 5678 9012 3456, summa 555,11 €')).toEqual([]);
  });
});
