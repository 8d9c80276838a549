import type { PiiSpan, PiiType } from './types.ts';

// When spans overlap, the more specific recogniser wins: a checksum beats a shape, a shape beats a lexicon.
const PRIORITY: Readonly<Record<PiiType, number>> = {
  HETU: 9,
  IBAN: 8,
  EMAIL: 7,
  ADDRESS: 6,
  DATE_OF_BIRTH: 5,
  PHONE: 4,
  OTHER_ID: 3,
  POSTAL_CODE: 2,
  NAME: 1,
};

/**
 * Resolves overlaps so that no two returned spans overlap (the corpus rule): higher priority first, then
 * longer, then higher confidence. Returns spans sorted by start.
 */
export function mergeSpans(spans: readonly PiiSpan[]): PiiSpan[] {
  if (spans.length < 2) return spans.length === 0 ? [] : [...spans];
  const ranked = [...spans].sort(
    (a, b) =>
      PRIORITY[b.type] - PRIORITY[a.type] ||
      b.end - b.start - (a.end - a.start) ||
      b.confidence - a.confidence ||
      a.start - b.start,
  );
  const kept: PiiSpan[] = [];
  for (const span of ranked) {
    if (span.end <= span.start) continue;
    if (!kept.some((k) => k.start < span.end && span.start < k.end)) kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}
