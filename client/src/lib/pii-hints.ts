import { useEffect, useState } from 'react';
import type { PiiSpan } from '@konsiili/shared/pii';

type Detect = (text: string) => PiiSpan[];

// The guard's word lists are a few hundred kilobytes: load them on first use, in their own chunk,
// so pages without a composer do not pay for them.
let loading: Promise<Detect> | undefined;
function loadDetector(): Promise<Detect> {
  loading ??= import('@konsiili/shared/pii').then((m) => (text: string) => m.detect(text));
  return loading;
}

/** Waits this long after the last keystroke before scanning, so typing stays smooth. */
const SCAN_DELAY_MS = 200;

/**
 * Likely personal data in `text`, found in the browser with the same guard the server runs (no network
 * round-trip). The server redacts anyway; this only lets the writer fix it first.
 */
export function usePiiHints(text: string): PiiSpan[] {
  const [result, setResult] = useState<{ text: string; spans: PiiSpan[] }>({ text: '', spans: [] });
  useEffect(() => {
    if (text.trim() === '') return undefined;
    let isCurrent = true;
    const timer = setTimeout(() => {
      void loadDetector().then((detect) => {
        if (isCurrent) setResult({ text, spans: detect(text) });
      });
    }, SCAN_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [text]);
  // Spans found for an older text would point at the wrong characters.
  return result.text === text ? result.spans : [];
}

/** The text cut into plain and flagged parts, for highlighting without HTML. */
export function segmentsOf(
  text: string,
  spans: readonly PiiSpan[],
): { text: string; type?: PiiSpan['type'] }[] {
  const parts: { text: string; type?: PiiSpan['type'] }[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at) continue;
    if (span.start > at) parts.push({ text: text.slice(at, span.start) });
    parts.push({ text: text.slice(span.start, span.end), type: span.type });
    at = span.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
