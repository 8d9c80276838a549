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

const byRank = (a: PiiSpan, b: PiiSpan): number =>
  PRIORITY[b.type] - PRIORITY[a.type] ||
  b.end - b.start - (a.end - a.start) ||
  b.confidence - a.confidence ||
  a.start - b.start;

const byStart = (a: PiiSpan, b: PiiSpan): number => a.start - b.start;

// A stable insertion sort: a message has a handful of spans, too few for Array.prototype.sort to pay off.
function sortedByStart(spans: readonly PiiSpan[]): PiiSpan[] {
  const sorted: PiiSpan[] = [];
  for (const span of spans) {
    let k = sorted.length;
    sorted.push(span);
    for (; k > 0; k--) {
      const previous = sorted[k - 1];
      if (previous === undefined || previous.start <= span.start) break;
      sorted[k] = previous;
    }
    sorted[k] = span;
  }
  return sorted;
}

function overlapsAny(kept: readonly PiiSpan[], span: PiiSpan): boolean {
  for (const k of kept) if (k.start < span.end && span.start < k.end) return true;
  return false;
}

// Sorted by start, spans are pairwise disjoint when each one ends before the next one starts.
function isDisjointAndNonEmpty(sorted: readonly PiiSpan[]): boolean {
  let previousEnd = -1;
  for (const span of sorted) {
    if (span.end <= span.start || span.start < previousEnd) return false;
    previousEnd = span.end;
  }
  return true;
}

/**
 * Resolves overlaps so that no two returned spans overlap (the corpus rule): higher priority first, then
 * longer, then higher confidence. Returns spans sorted by start.
 */
export function mergeSpans(spans: readonly PiiSpan[]): PiiSpan[] {
  if (spans.length < 2) return spans.length === 0 ? [] : [...spans];
  // Most messages have no overlaps at all: then every span is kept and only the order changes.
  const sorted = sortedByStart(spans);
  if (isDisjointAndNonEmpty(sorted)) return sorted;
  const kept: PiiSpan[] = [];
  for (const span of [...spans].sort(byRank)) {
    if (span.end <= span.start) continue;
    if (!overlapsAny(kept, span)) kept.push(span);
  }
  return kept.sort(byStart);
}
