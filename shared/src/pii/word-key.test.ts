import { describe, expect, it } from 'vitest';
import { prefixIndex, WORD_KEY_COUNT, wordKey, wordKeyOfCodes } from './word-key.ts';

const codes = (word: string): [number, number, number, number] => [
  word.length,
  word.charCodeAt(0),
  word.length > 1 ? word.charCodeAt(1) : -1,
  word.length > 2 ? word.charCodeAt(2) : -1,
];

describe('wordKey', () => {
  it('is the prefix index for words of three letters or more, and distinct keys below that', () => {
    expect(wordKey('matti')).toBe(prefixIndex('matti'));
    expect(wordKey('mat')).toBe(prefixIndex('matti'));
    const short = ['s', 'f', 'at', 'ät', 'id'].map(wordKey);
    expect(new Set(short).size).toBe(short.length);
    for (const key of short) expect(key).toBeGreaterThanOrEqual(30 * 30 * 30);
    for (const key of short) expect(key).toBeLessThan(WORD_KEY_COUNT);
  });

  it('is computed from the char codes of the text as from the lower-case string', () => {
    for (const word of [
      'Matti',
      'ÄITI',
      'Åsa',
      'öljy',
      'S',
      'At',
      "O'Brien",
      'Anna-Maija',
      'iPhone',
      'xÿz',
    ]) {
      const [length, first, second, third] = codes(word);
      const isCap = word[0] !== word[0]?.toLowerCase();
      expect(wordKeyOfCodes(length, first, second, third, isCap)).toBe(
        wordKey(isCap ? word.toLowerCase() : word),
      );
    }
  });

  it('leaves characters beyond Latin-1 to the string', () => {
    const [length, first, second, third] = codes('İstanbul');
    expect(wordKeyOfCodes(length, first, second, third, true)).toBe(-1);
  });
});
