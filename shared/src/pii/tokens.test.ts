import { describe, expect, it } from 'vitest';
import { scanText } from './tokens.ts';
import { wordKey } from './word-key.ts';

describe('scanText', () => {
  it('splits words with inner hyphens and apostrophes and records digit runs', () => {
    const text = "Anna-Maija O'Brien soitti 040 1234567.";
    const { tokens, digitRuns } = scanText(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Anna-Maija', "O'Brien", 'soitti']);
    expect(digitRuns).toEqual([26, 29, 30, 37]);
  });

  it('lower-cases capitalised words and marks sentence starts and acronyms', () => {
    const { tokens } = scanText('Asiakas kävi HUSissa. Matti soitti.');
    expect(tokens.map((t) => [t.lower, t.isCap, t.isSentenceStart, t.isAllCaps])).toEqual([
      ['asiakas', true, true, false],
      ['kävi', false, false, false],
      ['husissa', true, false, true],
      ['matti', true, true, false],
      ['soitti', false, false, false],
    ]);
  });

  it('records the characters around each word, inner hyphens and word keys', () => {
    const text = 'Anna-Maija (soitti).';
    const { tokens } = scanText(text);
    expect(tokens.map((t) => [t.codeBefore, t.codeAfter, t.hasHyphen])).toEqual([
      [-1, 32, true],
      [40, 41, false],
    ]);
    expect(tokens.map((t) => t.key)).toEqual(tokens.map((t) => wordKey(t.lower)));
  });

  it("keeps the English possessive 's outside the word", () => {
    const text = "Sarah's mother";
    const [first] = scanText(text).tokens;
    expect(first && text.slice(first.start, first.end)).toBe('Sarah');
    expect(first?.hasPossessive).toBe(true);
  });
});
