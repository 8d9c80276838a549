import { describe, expect, it } from 'vitest';
import { detectEmail } from './email.ts';

function found(text: string): string[] {
  return detectEmail(text).map((s) => text.slice(s.start, s.end));
}

describe('EMAIL', () => {
  it('finds plain addresses without the sentence-final dot', () => {
    expect(found('Kirjoita osoitteeseen sanna.lehtonen@example.fi.')).toEqual(['sanna.lehtonen@example.fi']);
    expect(found('mejla henne: ELIN.W@EXAMPLE.SE, tack')).toEqual(['ELIN.W@EXAMPLE.SE']);
  });

  it('finds obfuscated addresses', () => {
    expect(found('osoite nimi(at)gmail.com kiitos')).toEqual(['nimi(at)gmail.com']);
    expect(found('write to x.y at hotmail dot com today')).toEqual(['x.y at hotmail dot com']);
    expect(found('jussi [at] example.net')).toEqual(['jussi [at] example.net']);
  });

  it('skips functional mailboxes of organisations', () => {
    expect(found('kirjaamo@pirha.fi, asiakaspalvelu@kela.fi, sosiaalipaivystys@tampere.fi')).toEqual([]);
  });

  it('does not read an ordinary "at" as an address', () => {
    expect(found('We met at the clinic at 10.30 yesterday.')).toEqual([]);
  });
});
