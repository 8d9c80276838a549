import { describe, expect, it } from 'vitest';
import { detectOtherId } from './other-id.ts';

function found(text: string): string[] {
  return detectOtherId(text).map((s) => text.slice(s.start, s.end));
}

describe('OTHER_ID', () => {
  it.each([
    ['Kelan asiakasnumero K-2087731 on päätöksessä.', 'K-2087731'],
    ['Potilasnumero PT-448812, tarkista.', 'PT-448812'],
    ['Asiakasnumero 778 451 20 (Pegasos).', '778 451 20'],
    ['Migrin asiakasnumero 1029384.', '1029384'],
    ['his case number at the reception centre is RC-20931.', 'RC-20931'],
    ['Nuoren mopon rekisteri XMP-77 oli ilmoituksessa.', 'XMP-77'],
    ['Auton rekisterinumero KLM-482; isä ajaa humalassa.', 'KLM-482'],
    ['Asiakkaan passinumero on PA1234567.', 'PA1234567'],
    ['Asiakkaan Effica-numero 123456.', '123456'],
    ['Personnummer 19800101-1234 enligt klienten.', '19800101-1234'],
    ['Asiakkaan isikukood 38001085718.', '38001085718'],
    ['Lapsen isä on vankilassa (vankinumero 2023-4451).', '2023-4451'],
    ['Bilen med registreringsnummer ABC 123 står utanför.', 'ABC 123'],
    ['Klientens bil KXT 45F har stått där i veckor.', 'KXT 45F'],
    ['Isän auto JYR-5 nähtiin koulun pihalla.', 'JYR-5'],
  ])('finds the identifier in %s', (text, id) => {
    expect(found(text)).toEqual([id]);
  });

  it('does not take form codes, ICD-10, ATC, Vnr, law numbers, business ids or rooms', () => {
    const text =
      'Täytetäänkö SV 67, KU 101 vai TO 1? Dg F32.1, ATC N06AB06, Vnr 123456, laki 785/1992, ' +
      'Y-tunnus 2345678-9, huone 214, osasto 5B, jonossa sijalla 17.';
    expect(found(text)).toEqual([]);
  });

  it('does not take words and a number after a plate cue for a plate', () => {
    expect(found('Auto on 123 päivää korjaamolla, bilen har 200 mil.')).toEqual([]);
  });

  it('does not take a year after a cue word', () => {
    expect(found('Asiakasnumero puuttuu vuodelta 2019.')).toEqual([]);
  });
});
