import { describe, expect, it } from 'vitest';
import { parseTags } from './tags.ts';

describe('parseTags', () => {
  it('splits on commas, trims, drops empties and repeats', () => {
    expect(parseTags(' toimeentulotuki, asumisneuvonta ,, toimeentulotuki ')).toEqual([
      'toimeentulotuki',
      'asumisneuvonta',
    ]);
    expect(parseTags('')).toEqual([]);
  });
});
