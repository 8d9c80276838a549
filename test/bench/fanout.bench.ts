/**
 * Realtime fan-out: ROOMS rooms × PER_ROOM participants on one node. In each room one participant sends
 * chat messages at a steady rate; every participant's receive time minus the send time is one delivery.
 * The same traffic goes through a bare socket.io relay in the same run, and the report prints both and
 * their ratio. Both servers run in their own process; the clients share this one.
 *
 *   npx tsx test/bench/fanout.bench.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { io as connectIo, type Socket } from 'socket.io-client';
import { OrgId, RoomId, ServiceId, UserId, DEFAULT_SERVICE_CATALOGUE } from '@konsiili/shared';
import { hashPassword } from '../../server/src/auth/password.ts';
import { openSqliteStore } from '../../server/src/storage/embedded/sqlite.store.ts';
import { login } from '../support/clients.ts';
import { spawnServer } from '../support/process.ts';
import { REPO_ROOT } from '../support/server.ts';

const ROOMS = 50;
const PER_ROOM = 20;
const USERS = PER_ROOM;
const MESSAGES_PER_ROOM_PER_SECOND = 4;
const DURATION_MS = 8_000;
const WARMUP_MS = 1_500;
const PASSWORD = 'bench-password-1';
const ORG = OrgId.parse('bench-org');

interface Percentiles {
  count: number;
  p50: number;
  p99: number;
}

function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  return { count: sorted.length, p50: at(0.5), p99: at(0.99) };
}

async function seedBenchData(dataDir: string): Promise<void> {
  const store = openSqliteStore({ file: path.join(dataDir, 'konsiili.sqlite') });
  const now = new Date().toISOString();
  await store.organisations.create({ id: ORG, name: 'Bench', services: [...DEFAULT_SERVICE_CATALOGUE] });
  const passwordHash = await hashPassword(PASSWORD);
  for (let u = 0; u < USERS; u++) {
    await store.users.create({
      id: UserId.parse(`bench-user-${String(u)}`),
      orgId: ORG,
      username: `bench.user${String(u)}`,
      passwordHash,
      displayName: `Osallistuja ${String(u)}`,
      profession: 'Sairaanhoitaja',
      services: [ServiceId.parse('health-station')],
      roles: ['professional'],
      createdAt: now,
    });
  }
  for (let r = 0; r < ROOMS; r++) {
    await store.rooms.create({
      id: RoomId.parse(`bench-room-${String(r)}`),
      orgId: ORG,
      kind: 'kela_hour',
      title: `Bench ${String(r)}`,
      status: 'open',
      createdBy: UserId.parse('bench-user-0'),
      createdAt: now,
    });
  }
  await store.close();
}

type AnySocket = Socket;

function connect(url: string, cookie?: string): Promise<AnySocket> {
  const socket = connectIo(url, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie } : {},
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Runs the traffic against one server; `join` and `sendOne` adapt to its protocol. */
async function drive(options: {
  url: string;
  cookies: string[];
  join: (socket: AnySocket, room: number) => Promise<void>;
  sendOne: (socket: AnySocket, room: number, sentAt: number, seq: number) => void;
  event: string;
  sentAtOf: (payload: unknown) => number | undefined;
}): Promise<Percentiles> {
  const sockets: AnySocket[][] = [];
  for (let r = 0; r < ROOMS; r++) {
    const room = await Promise.all(
      Array.from({ length: PER_ROOM }, async (_, p) => {
        const socket = await connect(options.url, options.cookies[p % options.cookies.length]);
        await options.join(socket, r);
        return socket;
      }),
    );
    sockets.push(room);
  }
  const samples: number[] = [];
  let measuring = false;
  for (const room of sockets) {
    for (const socket of room.slice(1)) {
      socket.on(options.event, (payload: unknown) => {
        const sentAt = options.sentAtOf(payload);
        if (measuring && sentAt !== undefined) samples.push(performance.now() - sentAt);
      });
    }
  }
  const interval = 1000 / MESSAGES_PER_ROOM_PER_SECOND;
  let seq = 0;
  // Senders are staggered so the load is steady rather than 50 messages at once every tick.
  const timers = sockets.map((room, r) =>
    setTimeout(
      () => {
        const sender = room[0];
        if (!sender) return;
        const tick = setInterval(() => options.sendOne(sender, r, performance.now(), ++seq), interval);
        timers2.push(tick);
      },
      (interval * r) / ROOMS,
    ),
  );
  const timers2: NodeJS.Timeout[] = [];
  await new Promise((r) => setTimeout(r, WARMUP_MS));
  measuring = true;
  await new Promise((r) => setTimeout(r, DURATION_MS));
  measuring = false;
  for (const t of [...timers, ...timers2]) clearTimeout(t);
  await new Promise((r) => setTimeout(r, 500));
  for (const room of sockets) for (const s of room) s.close();
  return percentiles(samples);
}

async function benchBare(): Promise<Percentiles> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(REPO_ROOT, 'test/bench/bare-server.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    );
  });
  try {
    return await drive({
      url: `http://127.0.0.1:${String(port)}`,
      cookies: [''],
      join: async (socket, room) => {
        await socket.emitWithAck('join', `room-${String(room)}`);
      },
      sendOne: (socket, room, sentAt, seq) => {
        socket.emit(
          'msg',
          { room: `room-${String(room)}`, sentAt, text: `Viesti ${String(seq)} huoneeseen` },
          () => undefined,
        );
      },
      event: 'msg',
      sentAtOf: (p) => (p as { sentAt?: number }).sentAt,
    });
  } finally {
    child.kill('SIGTERM');
  }
}

async function benchKonsiili(): Promise<Percentiles> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-bench-'));
  await seedBenchData(dataDir);
  const proc = await spawnServer({
    DATA_DIR: dataDir,
    SEED_DEMO: 'false',
    CLIENT_DIST: '/nonexistent',
    CHAT_MESSAGES_PER_10S: '100000',
    SOCKET_COMMANDS_PER_SECOND: '1000',
  });
  try {
    const cookies = await Promise.all(
      Array.from({ length: USERS }, (_, u) => login(proc.url, `bench.user${String(u)}`, PASSWORD)),
    );
    // The sent time rides in the text, which the PII guard leaves alone (digits and a marker only).
    return await drive({
      url: proc.url,
      cookies,
      join: async (socket, room) => {
        const ack = (await socket.emitWithAck('room:join', { roomId: `bench-room-${String(room)}` })) as {
          ok: boolean;
        };
        if (!ack.ok) throw new Error('join failed');
      },
      sendOne: (socket, room, sentAt, seq) => {
        socket.emit(
          'chat:send',
          {
            roomId: `bench-room-${String(room)}`,
            text: `t=${sentAt.toFixed(3)} viesti ${String(seq)}`,
            clientId: `bench-${String(seq).padStart(8, '0')}`,
          },
          () => undefined,
        );
      },
      event: 'chat:posted',
      sentAtOf: (p) => {
        const match = /^t=(\d+\.\d+) /.exec((p as { message?: { text?: string } }).message?.text ?? '');
        return match?.[1] ? Number(match[1]) : undefined;
      },
    });
  } finally {
    proc.child.kill('SIGTERM');
    await proc.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function benchFanout(): Promise<string> {
  const bare = await benchBare();
  const ours = await benchKonsiili();
  const fmt = (p: Percentiles): string =>
    `${String(p.count).padStart(7)} deliveries  p50 ${p.p50.toFixed(2).padStart(7)} ms  p99 ${p.p99.toFixed(2).padStart(7)} ms`;
  return [
    `Fan-out: ${String(ROOMS)} rooms × ${String(PER_ROOM)} participants, ${String(MESSAGES_PER_ROOM_PER_SECOND)} msg/s per room, ${String(DURATION_MS / 1000)} s measured`,
    `  bare socket.io relay   ${fmt(bare)}`,
    `  Konsiili chat:send     ${fmt(ours)}   (validate, authorise, PII guard, SQLite write, broadcast)`,
    `  ratio Konsiili / bare  p50 ${(ours.p50 / bare.p50).toFixed(2)}×   p99 ${(ours.p99 / bare.p99).toFixed(2)}×   (goal ≤ 1.25×)`,
  ].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  benchFanout().then(
    (report) => {
      process.stdout.write(`${report}\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exit(1);
    },
  );
}
