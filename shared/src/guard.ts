import { redact, type PiiLocale, type PiiSpan, type PiiType } from './pii/index.ts';

export interface GuardedText {
  /** The text as it may be stored and shown to others, composed (NFC). */
  text: string;
  /** What was removed, in the original text's offsets. Only the sender is ever told. */
  redactions: PiiSpan[];
  /** Count per PII type, for the audit log. */
  counts: Partial<Record<PiiType, number>>;
}

/**
 * The single guard every piece of user free text passes through on the server before it is stored or
 * broadcast (chat, case titles, questions, outcomes, consultation text). Keep it the only entry point.
 */
export function guardFreeText(text: string, locale: PiiLocale = 'fi'): GuardedText {
  // redact() normalises spaces, breaks and composition itself and answers in the offsets of `text`; the
  // stored text is composed afterwards so that the redactions still point at the sender's own characters.
  const result = redact(text, { locale });
  const counts: Partial<Record<PiiType, number>> = {};
  for (const span of result.spans) counts[span.type] = (counts[span.type] ?? 0) + 1;
  return { text: result.text.normalize('NFC'), redactions: result.spans, counts };
}
