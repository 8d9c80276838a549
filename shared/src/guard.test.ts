import { describe, expect, it } from 'vitest';
import { guardFreeText } from './guard.ts';

describe('guardFreeText', () => {
  it('answers in the offsets of the text as sent, also when it had to be normalised', () => {
    const text = 'Ka\u0308ynti\u00a0Sammonkatu\u00a045\u00a0A\u00a03, puh.\u00a0040\u00a0123\u00a04567';
    const guarded = guardFreeText(text);
    expect(guarded.text).toBe('Käynti\u00a0[OSOITE], puh.\u00a0[PUHELIN]');
    expect(guarded.redactions.map((r) => text.slice(r.start, r.end))).toEqual([
      'Sammonkatu\u00a045\u00a0A\u00a03',
      '040\u00a0123\u00a04567',
    ]);
    expect(guarded.counts).toEqual({ ADDRESS: 1, PHONE: 1 });
  });
});
