import { describe, expect, it } from 'vitest';
import { mergeSpans } from './merge.ts';
import type { PiiSpan } from './types.ts';

const span = (start: number, end: number, type: PiiSpan['type'], confidence = 0.9): PiiSpan => ({
  start,
  end,
  type,
  confidence,
});

describe('mergeSpans', () => {
  it('never returns overlapping spans and sorts by start', () => {
    const merged = mergeSpans([
      span(20, 30, 'NAME'),
      span(0, 11, 'HETU'),
      span(5, 15, 'PHONE'),
      span(25, 40, 'EMAIL'),
    ]);
    expect(merged).toEqual([span(0, 11, 'HETU'), span(25, 40, 'EMAIL')]);
  });

  it('prefers checksum types over shapes and shapes over names', () => {
    expect(mergeSpans([span(0, 10, 'NAME'), span(0, 10, 'IBAN', 0.5)]).map((s) => s.type)).toEqual(['IBAN']);
  });

  it('keeps adjacent spans apart', () => {
    expect(mergeSpans([span(0, 5, 'NAME'), span(5, 9, 'NAME')])).toHaveLength(2);
  });
});
