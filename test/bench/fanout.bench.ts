/**
 * Realtime fan-out: ROOMS rooms × PER_ROOM participants on one node. In each room one participant sends
 * chat messages at a steady rate; every participant's receive time minus the send time is one delivery.
 * The same traffic goes through a bare socket.io relay (bare-server.ts) in the same run, and the report
 * prints both and their ratio. Both servers run in their own process; the clients share this one.
 * The two servers take turns in short alternating rounds, so that whatever else the shared machine is
 * doing falls on both alike rather than on whichever happened to run second.
 *
 *   npx tsx test/bench/fanout.bench.ts
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
const ROUNDS = 5;
const ROUND_MS = 2_000;
/** Each round starts unmeasured: the server that was idle warms up again. */
const ROUND_WARMUP_MS = 500;
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

/** One server under test: its clients, how to send on it and what its receivers measured. */
interface Target {
  sockets: Socket[][];
  send: (sender: Socket, room: number, text: string) => void;
  samples: number[];
  isMeasuring: boolean;
  pid: number | undefined;
  cpuMs: number;
}

function connect(url: string, cookie?: string): Promise<Socket> {
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

// Both servers carry the sent time in the text, so receivers on both sides do the same work.
const SENT_AT = /^t=(\d+\.\d+) /;

async function connectTarget(options: {
  url: string;
  cookies: string[];
  join: (socket: Socket, room: number) => Promise<void>;
  event: string;
  send: Target['send'];
  pid: number | undefined;
}): Promise<Target> {
  const target: Target = {
    sockets: [],
    send: options.send,
    samples: [],
    isMeasuring: false,
    pid: options.pid,
    cpuMs: 0,
  };
  for (let r = 0; r < ROOMS; r++) {
    const room = await Promise.all(
      Array.from({ length: PER_ROOM }, async (_, p) => {
        const socket = await connect(options.url, options.cookies[p % options.cookies.length]);
        await options.join(socket, r);
        return socket;
      }),
    );
    for (const socket of room.slice(1)) {
      socket.on(options.event, (payload: { message?: { text?: string } }) => {
        if (!target.isMeasuring) return;
        const match = SENT_AT.exec(payload.message?.text ?? '');
        if (match?.[1]) target.samples.push(performance.now() - Number(match[1]));
      });
    }
    target.sockets.push(room);
  }
  return target;
}

/** CPU time (user + system) a process has used so far; Linux only, else undefined. */
function cpuMsOf(pid: number | undefined): number | undefined {
  if (pid === undefined || !existsSync(`/proc/${String(pid)}/stat`)) return undefined;
  // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks of 10 ms.
  const fields =
    readFileSync(`/proc/${String(pid)}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One round of steady traffic on one target; only the time after the warm-up is measured. */
async function runRound(target: Target, sequence: { next: number }): Promise<void> {
  const interval = 1000 / MESSAGES_PER_ROOM_PER_SECOND;
  const ticks: NodeJS.Timeout[] = [];
  // Senders are staggered so the load is steady rather than 50 messages at once every tick.
  const starts = target.sockets.map((room, r) =>
    setTimeout(
      () => {
        const sender = room[0];
        if (!sender) return;
        const tick = setInterval(() => {
          const seq = ++sequence.next;
          target.send(sender, r, `t=${performance.now().toFixed(3)} viesti ${String(seq)}`);
        }, interval);
        ticks.push(tick);
      },
      (interval * r) / ROOMS,
    ),
  );
  await new Promise((r) => setTimeout(r, ROUND_WARMUP_MS));
  const cpuBefore = cpuMsOf(target.pid);
  target.isMeasuring = true;
  await new Promise((r) => setTimeout(r, ROUND_MS));
  target.isMeasuring = false;
  const cpuAfter = cpuMsOf(target.pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined) target.cpuMs += cpuAfter - cpuBefore;
  for (const t of [...starts, ...ticks]) clearTimeout(t);
  // Let what is in flight arrive before the other server's turn.
  await new Promise((r) => setTimeout(r, 300));
}

async function startBare(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [...serverNodeArgs(), '--import', 'tsx', path.join(REPO_ROOT, 'test/bench/bare-server.ts')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<number>((resolve) => {
    createInterface({ input: child.stdout }).once('line', (line) =>
      resolve((JSON.parse(line) as { port: number }).port),
    );
  });
  return { url: `http://127.0.0.1:${String(port)}`, child };
}

/** e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles both servers under this load. */
function serverNodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
}

export async function benchFanout(): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-bench-'));
  await seedBenchData(dataDir);
  const bareServer = await startBare();
  const proc = await spawnServer(
    {
      DATA_DIR: dataDir,
      SEED_DEMO: 'false',
      CLIENT_DIST: '/nonexistent',
      CHAT_MESSAGES_PER_10S: '100000',
      SOCKET_COMMANDS_PER_SECOND: '1000',
    },
    undefined,
    serverNodeArgs(),
  );
  try {
    const bare = await connectTarget({
      url: bareServer.url,
      cookies: [''],
      join: async (socket, room) => {
        await socket.emitWithAck('join', `room-${String(room)}`);
      },
      event: 'msg',
      send: (socket, room, text) => {
        socket.emit('msg', { room: `room-${String(room)}`, text }, () => undefined);
      },
      pid: bareServer.child.pid,
    });
    const cookies = await Promise.all(
      Array.from({ length: USERS }, (_, u) => login(proc.url, `bench.user${String(u)}`, PASSWORD)),
    );
    const ours = await connectTarget({
      url: proc.url,
      cookies,
      join: async (socket, room) => {
        const ack = (await socket.emitWithAck('room:join', { roomId: `bench-room-${String(room)}` })) as {
          ok: boolean;
        };
        if (!ack.ok) throw new Error('join failed');
      },
      event: 'chat:posted',
      send: (socket, room, text) => {
        const clientId = `bench-${randomUUID()}`;
        socket.emit('chat:send', { roomId: `bench-room-${String(room)}`, text, clientId }, () => undefined);
      },
      pid: proc.child.pid,
    });
    const sequence = { next: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      for (const target of round % 2 === 0 ? [bare, ours] : [ours, bare]) await runRound(target, sequence);
    }
    for (const target of [bare, ours]) for (const room of target.sockets) for (const s of room) s.close();
    return report(bare, ours);
  } finally {
    bareServer.child.kill('SIGTERM');
    proc.child.kill('SIGTERM');
    await proc.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

function report(bare: Target, ours: Target): string {
  const b = percentiles(bare.samples);
  const o = percentiles(ours.samples);
  const sent = (target: Target): number => target.samples.length / (PER_ROOM - 1);
  const cpu = (target: Target): string =>
    target.cpuMs > 0
      ? `   server CPU ${((target.cpuMs / sent(target)) * 1000).toFixed(0).padStart(4)} µs/msg`
      : '';
  const fmt = (p: Percentiles): string =>
    `${String(p.count).padStart(7)} deliveries  p50 ${p.p50.toFixed(2).padStart(6)} ms  p99 ${p.p99.toFixed(2).padStart(6)} ms`;
  return [
    `Fan-out: ${String(ROOMS)} rooms × ${String(PER_ROOM)} participants, ${String(MESSAGES_PER_ROOM_PER_SECOND)} msg/s per room, ${String(ROUNDS)} alternating rounds of ${String(ROUND_MS / 1000)} s measured per server`,
    `  bare socket.io relay   ${fmt(b)}${cpu(bare)}`,
    `  Konsiili chat:send     ${fmt(o)}${cpu(ours)}`,
    `                         (Konsiili: validate, rate-limit, authorise, PII guard, SQLite write, broadcast)`,
    `  ratio Konsiili / bare  p50 ${(o.p50 / b.p50).toFixed(2)}×   p99 ${(o.p99 / b.p99).toFixed(2)}×   (goal ≤ 1.25×)`,
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
