import { describe, expect, it } from 'vitest';
import { detect } from '@konsiili/shared/pii';
import { segmentsOf } from './pii-hints.ts';

describe('PII hint segments', () => {
  it('[PH1] cuts the text around flagged spans and keeps every character', () => {
    const text = 'Soita numeroon 040 123 4567 huomenna.';
    const parts = segmentsOf(text, detect(text));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.find((p) => p.type === 'PHONE')?.text).toBe('040 123 4567');
  });

  it('[PH2] plain text is one plain part', () => {
    expect(segmentsOf('Metformiini 500 mg x 2', [])).toEqual([{ text: 'Metformiini 500 mg x 2' }]);
  });
});
