import { describe, expect, it } from 'vitest';
import { detectHetu, isValidHetu } from './hetu.ts';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';

/** Builds a synthetic HETU with a correct check character (never a real person's code). */
function makeHetu(day: number, month: number, year: number, sign: string, individual: number): string {
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  const yy = String(year % 100).padStart(2, '0');
  const nnn = String(individual).padStart(3, '0');
  return `${dd}${mm}${yy}${sign}${nnn}${CHECK[Number(dd + mm + yy + nnn) % 31] ?? '?'}`;
}

/** The same code with a deliberately wrong check character. */
function breakCheck(hetu: string): string {
  const last = hetu.slice(-1);
  const wrong = CHECK[(CHECK.indexOf(last) + 1) % 31] ?? '0';
  return hetu.slice(0, -1) + wrong;
}

function found(text: string): string[] {
  return detectHetu(text).spans.map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

describe('HETU', () => {
  it.each([
    ['+', 1899],
    ['-', 1954],
    ['Y', 1961],
    ['X', 1972],
    ['W', 1983],
    ['V', 1994],
    ['U', 1948],
    ['A', 2004],
    ['B', 2011],
    ['C', 2015],
    ['D', 2020],
    ['E', 2023],
    ['F', 2024],
  ])('accepts century sign %s', (sign, year) => {
    const hetu = makeHetu(14, 3, year, sign, 257);
    expect(found(`Asiakkaan hetu ${hetu}, kiitos.`)).toEqual([`HETU:${hetu}`]);
  });

  it('validates the check character', () => {
    const hetu = makeHetu(1, 2, 1960, '-', 305);
    expect(
      isValidHetu(
        hetu.slice(0, 2),
        hetu.slice(2, 4),
        hetu.slice(4, 6),
        '-',
        hetu.slice(7, 10),
        hetu.slice(10),
      ),
    ).toBe(true);
    const broken = breakCheck(hetu);
    expect(
      isValidHetu(
        broken.slice(0, 2),
        broken.slice(2, 4),
        broken.slice(4, 6),
        '-',
        broken.slice(7, 10),
        broken.slice(10),
      ),
    ).toBe(false);
  });

  it('rejects dates that do not exist for the century', () => {
    // 29 February exists in 2000 but not in 1900; the check character alone would pass.
    const leap = makeHetu(29, 2, 2000, 'A', 123);
    const notLeap = makeHetu(29, 2, 1900, '-', 123);
    expect(found(`koodi ${leap}`)).toEqual([`HETU:${leap}`]);
    expect(found(`koodi ${notLeap}`)).toEqual([]);
    expect(found(`koodi ${makeHetu(31, 4, 1980, '-', 222)}`)).toEqual([]);
  });

  it('accepts lower case, spaces around the sign and a space instead of the sign', () => {
    const lower = makeHetu(3, 4, 2012, 'A', 345).toLowerCase();
    const base = makeHetu(24, 10, 1966, '-', 789);
    const spaced = `${base.slice(0, 6)} - ${base.slice(7)}`;
    const noSign = `${base.slice(0, 6)} ${base.slice(7)}`;
    expect(found(`lapsen hetu ${lower} ok`)).toEqual([`HETU:${lower}`]);
    expect(found(`Asiakas ${spaced}, muistisairas`)).toEqual([`HETU:${spaced}`]);
    expect(found(`hetu ${noSign}`)).toEqual([`HETU:${noSign}`]);
  });

  it('accepts temporary identity codes (individual number 900–999)', () => {
    const temporary = makeHetu(5, 6, 1990, '-', 912);
    expect(found(temporary)).toEqual([`HETU:${temporary}`]);
  });

  it('labels a look-alike presented as an identity code as OTHER_ID', () => {
    const broken = breakCheck(makeHetu(14, 4, 1962, '-', 318));
    expect(found(`Hetu ${broken} – Kela sanoo, ettei tunnus kelpaa.`)).toEqual([`OTHER_ID:${broken}`]);
    expect(found(`Henkilötunnus on paperissa ${broken}.`)).toEqual([`OTHER_ID:${broken}`]);
    expect(found(`personbeteckning ${broken}`)).toEqual([`OTHER_ID:${broken}`]);
  });

  it('leaves look-alikes without identity-code wording to the caller', () => {
    const broken = breakCheck(makeHetu(14, 4, 1962, '-', 318));
    const result = detectHetu(`Loki ${broken} tallennettu`);
    expect(result.spans).toEqual([]);
    expect(result.unclaimed).toHaveLength(1);
  });

  it('ignores other digit strings', () => {
    expect(found('Y-tunnus 2345678-9, puhelin 0401234567, klo 12.30, laki 785/1992')).toEqual([]);
    expect(found('tilaus 12345678901')).toEqual([]);
  });
});
