/**
 * PII guard public API: finds personal data (HETU, names, phone numbers, e-mail, addresses, postal codes,
 * birth dates, IBANs, other identifiers) in Finnish, Swedish and English free text and redacts it.
 * Pure TypeScript: runs in the browser and in Node, no I/O.
 */
import { detectAddress } from './detectors/address.ts';
import { detectDateOfBirth } from './detectors/date-of-birth.ts';
import { detectEmail } from './detectors/email.ts';
import { detectHetu } from './detectors/hetu.ts';
import { detectIban } from './detectors/iban.ts';
import { detectNames } from './detectors/name.ts';
import { detectOtherId } from './detectors/other-id.ts';
import { detectPhone } from './detectors/phone.ts';
import { detectPostalCode } from './detectors/postal-code.ts';
import { mergeSpans } from './merge.ts';
import { normaliseForGuard, toOriginalSpans } from './normalize.ts';
import { applyPlaceholders } from './redact.ts';
import { scanText } from './tokens.ts';
import type { PiiLocale, PiiSpan } from './types.ts';

export { PiiType } from './types.ts';
export type { PiiLocale, PiiSpan } from './types.ts';
export { PLACEHOLDERS } from './redact.ts';

export interface DetectOptions {
  /** Drop spans below this confidence (0…1). */
  minConfidence?: number;
}

export interface RedactOptions extends DetectOptions {
  /** Language of the placeholders written into the text. */
  locale?: PiiLocale;
}

export interface RedactResult {
  text: string;
  /** Spans in the ORIGINAL text that were replaced. */
  spans: PiiSpan[];
}

// A HETU look-alike in the identifier slot next to a name ("Matti Virtanen (120356-123X)") identifies a person.
const NAME_TO_ID_GAP = /^[\s,(:;]{1,3}$/u;

function append(to: PiiSpan[], spans: readonly PiiSpan[]): void {
  for (const span of spans) to.push(span);
}

/**
 * Finds personal data; spans never overlap, are sorted by start and are in the offsets of `text` as given.
 * Spaces, line breaks, invisible characters and composition are normalised here (./normalize.ts), so no
 * caller can skip it.
 */
export function detect(text: string, options: DetectOptions = {}): PiiSpan[] {
  if (text.length === 0) return [];
  const normalised = normaliseForGuard(text);
  const spans = detectNormalised(normalised.text, options);
  return toOriginalSpans(spans, normalised);
}

function detectNormalised(text: string, options: DetectOptions): PiiSpan[] {
  const scan = scanText(text);
  const hetu = detectHetu(text, scan);
  const names = detectNames(text, scan);
  const candidates: PiiSpan[] = hetu.spans;
  append(candidates, detectIban(text, scan));
  append(candidates, detectEmail(text, scan));
  append(candidates, detectAddress(text, scan));
  append(candidates, detectDateOfBirth(text, scan));
  append(candidates, detectPhone(text, scan));
  append(candidates, detectOtherId(text, scan));
  append(candidates, detectPostalCode(text, scan));
  append(candidates, names);
  for (const lookalike of hetu.unclaimed) {
    if (
      names.some((n) => n.end <= lookalike.start && NAME_TO_ID_GAP.test(text.slice(n.end, lookalike.start)))
    ) {
      candidates.push(lookalike);
    }
  }
  const merged = mergeSpans(candidates);
  const min = options.minConfidence ?? 0;
  return min > 0 ? merged.filter((s) => s.confidence >= min) : merged;
}

/** Detects personal data and replaces each span with a readable placeholder in the given locale (default fi). */
export function redact(text: string, options: RedactOptions = {}): RedactResult {
  const spans = detect(text, options);
  return { text: applyPlaceholders(text, spans, options.locale ?? 'fi'), spans };
}
