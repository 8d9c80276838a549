import { findCues } from '../cues.ts';
import { scanText, type TextScan } from '../tokens.ts';
import type { PiiSpan } from '../types.ts';

// Matched from the start of the local part found by walking back from each "@" (sticky).
const PLAIN_AT = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/uy;
const LOCAL_PART_CHAR = /[\p{L}\p{N}._%+-]/u;
// nimi(at)gmail.com, nimi [at] gmail [dot] com, x at hotmail dot com.
const OBFUSCATED =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+ ?(?:\((?:at|ät)\)|\[(?:at|ät)\]|\{at\}| (?:at|ät|miukumauku) ) ?[\p{L}\p{N}-]+(?:(?:\.|\(dot\)|\[dot\]| \(dot\) | dot | piste | punkt )[\p{L}\p{N}-]+)*(?:\.|\(dot\)|\[dot\]| \(dot\) | dot | piste | punkt )\p{L}{2,6}(?![\p{L}\p{N}])/giu;

// Organisations' functional mailboxes are not personal data.
const FUNCTIONAL =
  /^(?:kirjaamo|registratur|asiakaspalvelu|kundtjanst|kundtjänst|sosiaalipaivystys|sosiaalipäivystys|paivystys|info|neuvonta|palaute|tietosuoja|noreply|no-reply|support|office|toimisto|vaihde|keskus|posti|admin|contact|yhteystiedot|ajanvaraus|laskutus|postmaster|webmaster|help|helpdesk|registry)\b|palvelu|paivystys|päivystys|kirjaamo|neuvonta|toimisto/iu;

function isFunctional(address: string): boolean {
  const at = address.search(/@|\(at\)|\[at\]|\{at\}| at | ät /iu);
  const local = at > 0 ? address.slice(0, at) : address;
  return FUNCTIONAL.test(local);
}

/** Finds personal e-mail addresses, also obfuscated ones; functional mailboxes are left alone. */
export function detectEmail(text: string, scan: TextScan = scanText(text)): PiiSpan[] {
  const spans: PiiSpan[] = [];
  let covered = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > covered && LOCAL_PART_CHAR.test(text.charAt(start - 1))) start--;
    if (start === at) continue;
    PLAIN_AT.lastIndex = start;
    const m = PLAIN_AT.exec(text);
    if (m === null) continue;
    let raw = m[0];
    // A sentence-final dot or hyphen belongs to the sentence.
    while (raw.endsWith('.') || raw.endsWith('-')) raw = raw.slice(0, -1);
    const lead = /^[._%+-]+/u.exec(raw)?.[0].length ?? 0;
    covered = start + raw.length;
    if (!isFunctional(raw))
      spans.push({ start: start + lead, end: covered, type: 'EMAIL', confidence: 0.98 });
  }
  if (!findCues(scan).hasAtWord) return spans;
  OBFUSCATED.lastIndex = 0;
  for (let m = OBFUSCATED.exec(text); m !== null; m = OBFUSCATED.exec(text)) {
    if (m[0].includes('@') || isFunctional(m[0])) continue;
    spans.push({ start: m.index, end: m.index + m[0].length, type: 'EMAIL', confidence: 0.85 });
  }
  return spans;
}
