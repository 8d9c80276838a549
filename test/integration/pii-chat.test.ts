import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RoomId, type ChatMessage } from '@konsiili/shared';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { rawStoreText } from '../support/raw-store.ts';
import { REPO_ROOT, startTestServer, type TestServer } from '../support/server.ts';

interface CorpusLine {
  id: string;
  text: string;
  spans: { start: number; end: number; type: string }[];
}

/** A labelled corpus replayed through chat; optional ones are skipped while their file does not exist. */
interface Corpus {
  name: string;
  file: string;
  isRequired: boolean;
  /** Sanity floors: the corpus was read whole, and enough gold strings were distinctive enough to search for. */
  minMessages: number;
  minChecked: number;
  /** Rewrites each text with its offsets unchanged (e.g. every space as a no-break space, as pasted text has). */
  transform?: (text: string) => string;
  /**
   * A corpus the guard does not yet pass whole: how many checks may fail at most (measured, see the
   * README's PII section). A ratchet, not a target: the target is 0, and more failures than this fail.
   */
  failureBudget?: { leaked: number; unchanged: number; stored: number };
}

// The labelled development corpus lives beside the repository (../shared/pii), not inside it. The hold-out
// corpus is written independently and scored by the lead; PII_CORPUS adds any other labelled corpus.
const DEV = path.join(REPO_ROOT, '../shared/pii/dev.jsonl');
// Measured on the hold-out at the merge of the generalised guard (leak 23.6 % of PII characters, mostly
// names outside the word lists). Lower these as the guard improves; never raise them.
const HOLDOUT_BUDGET = { leaked: 188, unchanged: 65, stored: 150 };
const CORPORA: Corpus[] = [
  { name: 'dev', file: DEV, isRequired: true, minMessages: 200, minChecked: 200 },
  {
    name: 'dev with no-break spaces',
    file: DEV,
    isRequired: true,
    minMessages: 200,
    minChecked: 200,
    transform: (text) => text.replaceAll(' ', '\u00a0'),
  },
  {
    name: 'hold-out',
    file: path.join(REPO_ROOT, 'test/pii/holdout.jsonl'),
    isRequired: false,
    minMessages: 400,
    minChecked: 100,
    failureBudget: {
      leaked: HOLDOUT_BUDGET.leaked,
      unchanged: HOLDOUT_BUDGET.unchanged,
      stored: HOLDOUT_BUDGET.stored,
    },
  },
  ...(process.env.PII_CORPUS
    ? [{ name: 'PII_CORPUS', file: process.env.PII_CORPUS, isRequired: true, minMessages: 1, minChecked: 1 }]
    : []),
];

function readCorpus(corpus: Corpus): CorpusLine[] {
  if (!existsSync(corpus.file)) throw new Error(`PII corpus not found at ${corpus.file}`);
  const transform = corpus.transform ?? ((text: string) => text);
  return readFileSync(corpus.file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusLine)
    .map((line) => ({ ...line, text: transform(line.text) }));
}

/** Expects each check, or, for a corpus with a failure budget, counts the failures against it. */
function checker(budget: number | undefined) {
  const failures: string[] = [];
  return {
    check(isOk: boolean, label: string): void {
      if (budget === undefined) expect(isOk, label).toBe(true);
      else if (!isOk) failures.push(label);
    },
    done(): void {
      if (budget === undefined) return;
      // Only the count is printed: the hold-out's errors are not for tuning on.
      console.info(`PII checks failed: ${failures.length} (budget ${budget})`);
      expect(failures.length).toBeLessThanOrEqual(budget);
    },
  };
}

const CASES = CORPORA.filter((c) => c.isRequired || existsSync(c.file)).flatMap((corpus) =>
  (['sqlite', 'redis'] as const).map((kind) => ({ corpus, kind })),
);

describe.each(CASES)(
  'every message of the $corpus.name corpus as chat through a real server ($kind)',
  ({ corpus: source, kind }) => {
    const corpus = readCorpus(source);
    const logs: string[] = [];
    let server: TestServer;
    let sender: TestSocket;
    const receivers: TestSocket[] = [];
    const received = new Map<string, ChatMessage[]>();
    const acks: { line: CorpusLine; text: string; redactions: number }[] = [];

    beforeAll(async () => {
      server = await startTestServer({
        storeKind: kind,
        chatMessagesPer10s: 100_000,
        socketCommandsPerSecond: 10_000,
        logSink: logs,
      });
      sender = await connect(server.url, await login(server.url, 'demo.chair', server.demoPassword));
      await send(sender, 'room:join', { roomId: 'demo-ppt' });
      for (const username of ['demo.nurse', 'demo.social']) {
        const socket = await connect(server.url, await login(server.url, username, server.demoPassword));
        await send(socket, 'room:join', { roomId: 'demo-ppt' });
        received.set(username, []);
        socket.on('chat:posted', (p) => received.get(username)?.push(p.message));
        receivers.push(socket);
      }
      for (const [i, line] of corpus.entries()) {
        const ack = await send(sender, 'chat:send', {
          roomId: 'demo-ppt',
          text: line.text,
          clientId: `corpus-${String(i).padStart(6, '0')}`,
        });
        if (!ack.ok) throw new Error(`${line.id} refused: ${ack.error.code}`);
        acks.push({ line, text: ack.data.message.text, redactions: ack.data.redactions.length });
      }
      // Everything sent has been stored and broadcast once the last ack is in; wait for delivery too.
      const deadline = Date.now() + 10_000;
      while ([...received.values()].some((list) => list.length < corpus.length) && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 50));
      }
    }, 120_000);

    afterAll(async () => {
      sender.close();
      for (const r of receivers) r.close();
      await server.close();
    });

    it('[PII1] no gold PII string reaches another participant', () => {
      expect(corpus.length).toBeGreaterThanOrEqual(source.minMessages);
      const leaks = checker(source.failureBudget?.leaked);
      for (const [username, messages] of received) {
        expect(messages, username).toHaveLength(corpus.length);
        for (const [i, message] of messages.entries()) {
          const line = corpus[i];
          if (!line) throw new Error('corpus and messages out of step');
          for (const span of line.spans) {
            const gold = line.text.slice(span.start, span.end);
            leaks.check(!message.text.includes(gold), `${line.id} ${span.type} leaked to ${username}`);
          }
        }
      }
      leaks.done();
    });

    it('[PII2] the sender is told what was removed, and negatives pass unchanged', () => {
      const results = checker(source.failureBudget?.unchanged);
      for (const { line, text, redactions } of acks) {
        if (line.spans.length > 0) results.check(redactions > 0, `${line.id} nothing removed`);
        else results.check(text === line.text.trim().normalize('NFC'), `${line.id} negative changed`);
      }
      results.done();
    });

    it('[PII3] no gold PII string is in the store or in the logs', async () => {
      // Row by row: every stored message is free of its own gold strings.
      const stored = await server.store.chat.list(RoomId.parse('demo-ppt'), { afterSeq: 0, limit: 1000 });
      expect(stored).toHaveLength(corpus.length);
      const kept = checker(source.failureBudget?.stored);
      for (const [i, message] of stored.entries()) {
        const line = corpus[i];
        if (!line) throw new Error('corpus and store out of step');
        for (const span of line.spans)
          kept.check(!message.text.includes(line.text.slice(span.start, span.end)), `${line.id} stored`);
      }
      // The whole raw store and every log line: no original text, and no distinctive gold string. Short
      // strings that also occur as ordinary words in the redacted corpus ("Onni onnettomuudessa") or
      // bare digit runs that ids and timestamps contain are covered by the row check above.
      const raw = await rawStoreText(server, kind);
      const logText = logs.join('\n');
      expect(logText.length).toBeGreaterThan(0);
      const redactedAll = acks.map((a) => a.text).join('\n');
      let checked = 0;
      for (const line of corpus) {
        if (line.spans.length > 0) {
          kept.check(!raw.includes(line.text), `${line.id} stored raw`);
          expect(logText.includes(line.text), `${line.id} logged raw`).toBe(false);
        }
        for (const span of line.spans) {
          const gold = line.text.slice(span.start, span.end);
          const isDistinctive =
            !redactedAll.includes(gold) && (gold.length >= 8 || (/\p{L}/u.test(gold) && gold.length >= 4));
          if (!isDistinctive) continue;
          checked++;
          kept.check(!raw.includes(gold), `${line.id} ${span.type} in the ${kind} store`);
          expect(logText.includes(gold), `${line.id} ${span.type} in the logs`).toBe(false);
        }
      }
      expect(checked).toBeGreaterThanOrEqual(source.minChecked);
      kept.done();
    });
  },
);
