/**
 * PII guard CLI.
 *   npm run -s pii -- --jsonl   stdin JSONL {"id","text"} → stdout {"id","spans":[{"start","end","type"}]} (score.mjs protocol)
 *   npm run -s pii [-- --locale sv]   stdin plain text lines → redacted lines
 */
import readline from 'node:readline';
import { detect, redact, type PiiLocale } from '../src/pii/index.ts';

const args = process.argv.slice(2);
const isJsonl = args.includes('--jsonl');
const localeArg = args[args.indexOf('--locale') + 1];
const locale: PiiLocale = localeArg === 'sv' || localeArg === 'en' ? localeArg : 'fi';

interface InputLine {
  id: string;
  text: string;
}

function parseLine(line: string): InputLine | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { id, text } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' ? { id, text } : undefined;
}

const out: string[] = [];
const flush = (): void => {
  if (out.length > 0) process.stdout.write(out.join(''));
  out.length = 0;
};

const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (isJsonl) {
    if (!line.trim()) continue;
    const input = parseLine(line);
    if (!input) {
      process.stderr.write('pii: skipped a line that is not {"id","text"}\n');
      continue;
    }
    const spans = detect(input.text).map(({ start, end, type }) => ({ start, end, type }));
    out.push(JSON.stringify({ id: input.id, spans }) + '\n');
  } else {
    out.push(redact(line, { locale }).text + '\n');
  }
  if (out.length >= 256) flush();
}
flush();
