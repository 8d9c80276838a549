/**
 * Realtime fan-out: ROOMS PPT session rooms × PER_ROOM participants on one node. In each room one
 * participant sends at a steady rate, first chat messages, then hand raises and lowers (each a change of
 * the session's queue); every other participant's receive time minus the send time is one delivery.
 * The same traffic goes through a bare socket.io relay (bare-server.ts) in the same run, and the report
 * prints both and their ratio per kind. Both servers run in their own process; the clients share this one.
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
import { OrgId, ServiceId, UserId, DEFAULT_SERVICE_CATALOGUE, type SeriesDetail } from '@konsiili/shared';
import { hashPassword } from '../../server/src/auth/password.ts';
import { openSqliteStore } from '../../server/src/storage/embedded/sqlite.store.ts';
import { login } from '../support/clients.ts';
import { spawnServer } from '../support/process.ts';
import { REPO_ROOT } from '../support/server.ts';

const ROOMS = 50;
const PER_ROOM = 20;
const USERS = PER_ROOM;
const EVENTS_PER_ROOM_PER_SECOND = 4;
const ROUNDS = 5;
const ROUND_MS = 2_000;
/** Each round starts unmeasured: the server that was idle warms up again. */
const ROUND_WARMUP_MS = 500;
const PASSWORD = 'bench-password-1';
const ORG = OrgId.parse('bench-org');
const ORGANISER = 'bench.organiser';

/** The two kinds of traffic a PPT session fans out: chat messages, and changes to the queue (hands). */
const KINDS = ['chat', 'queue'] as const;
type Kind = (typeof KINDS)[number];

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
  const user = (id: string, username: string, displayName: string, roles: ('professional' | 'organiser')[]) =>
    store.users.create({
      id: UserId.parse(id),
      orgId: ORG,
      username,
      passwordHash,
      displayName,
      profession: 'Sairaanhoitaja',
      services: [ServiceId.parse('health-station')],
      roles,
      createdAt: now,
    });
  await user('bench-organiser', ORGANISER, 'Järjestäjä', ['organiser']);
  for (let u = 0; u < USERS; u++)
    await user(`bench-user-${String(u)}`, `bench.user${String(u)}`, `Osallistuja ${String(u)}`, [
      'professional',
    ]);
  await store.close();
}

/**
 * One weekly PPT series per room, the first occurrence a week ahead, chaired by the room's sender; the
 * benchmark runs in each series' next occurrence, so chat and hands go through a real session's room.
 */
async function createSessionRooms(url: string, organiserCookie: string): Promise<string[]> {
  const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
  const weekday = ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const headers = { cookie: organiserCookie, 'content-type': 'application/json' };
  const roomIds: string[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const id = `bench-${String(r)}`;
    const created = await fetch(`${url}/api/series`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        id,
        centreName: `Bench ${String(r)}`,
        weekday,
        startTime: '12:00',
        firstDate: day,
        chairId: 'bench-user-0',
      }),
    });
    if (created.status !== 201) throw new Error(`series ${id}: ${String(created.status)}`);
    const detail = (await (
      await fetch(`${url}/api/series/${id}?count=1`, { headers })
    ).json()) as SeriesDetail;
    const roomId = detail.upcoming[0]?.roomId;
    if (!roomId) throw new Error(`series ${id} has no occurrence`);
    roomIds.push(roomId);
  }
  return roomIds;
}

/** How one server is driven: how to send the n-th event of a kind in a room, and what it broadcasts. */
interface Traffic {
  event: string;
  /** Sends and resolves the seq or version that the broadcast will carry. */
  send: (sender: Socket, room: number, n: number) => Promise<number>;
}

/** One server under test: its clients, what they received and what was sent while measuring. */
interface Target {
  name: string;
  rooms: Socket[][];
  traffic: Record<Kind, Traffic>;
  /** Per room and key: when it was received, by each receiver. */
  received: Map<string, number[]>;
  /** Per room and key: when it was sent, for events sent inside a measured window. */
  sent: Map<string, number>;
  latencies: Record<Kind, number[]>;
  /** The p50 of each round, in order: the bare and Konsiili rounds of one pair ran back to back. */
  roundP50s: Record<Kind, number[]>;
  eventsSent: Record<Kind, number>;
  cpuMs: Record<Kind, number>;
  pid: number | undefined;
  /** The n of the next event per room, so that raises and lowers alternate across rounds. */
  next: number[];
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

// Both servers' broadcasts carry a per-room seq (chat) or version (queue); receivers on both sides do the
// same work: read it and note the time.
function keyOf(payload: { version?: number; message?: { seq?: number } }): number | undefined {
  return payload.message?.seq ?? payload.version;
}

async function connectTarget(options: {
  name: string;
  url: string;
  cookies: string[];
  join: (socket: Socket, room: number) => Promise<void>;
  traffic: Record<Kind, Traffic>;
  pid: number | undefined;
}): Promise<Target> {
  const target: Target = {
    name: options.name,
    rooms: [],
    traffic: options.traffic,
    received: new Map(),
    sent: new Map(),
    latencies: { chat: [], queue: [] },
    roundP50s: { chat: [], queue: [] },
    eventsSent: { chat: 0, queue: 0 },
    cpuMs: { chat: 0, queue: 0 },
    pid: options.pid,
    next: Array.from({ length: ROOMS }, () => 0),
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
      for (const kind of KINDS) {
        socket.on(options.traffic[kind].event, (payload: Parameters<typeof keyOf>[0]) => {
          const key = keyOf(payload);
          if (key === undefined) return;
          const at = performance.now();
          const id = `${kind}/${String(r)}/${String(key)}`;
          const times = target.received.get(id);
          if (times) times.push(at);
          else target.received.set(id, [at]);
        });
      }
    }
    target.rooms.push(room);
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

/** One round of steady traffic of one kind on one target; only events sent after the warm-up count. */
async function runRound(target: Target, kind: Kind): Promise<void> {
  const interval = 1000 / EVENTS_PER_ROOM_PER_SECOND;
  const ticks: NodeJS.Timeout[] = [];
  const failures: unknown[] = [];
  let isMeasuring = false;
  // Senders are staggered so the load is steady rather than 50 events at once every tick.
  const starts = target.rooms.map((room, r) =>
    setTimeout(
      () => {
        const sender = room[0];
        if (!sender) return;
        const tick = setInterval(() => {
          const n = target.next[r] ?? 0;
          target.next[r] = n + 1;
          const sentAt = performance.now();
          const counts = isMeasuring;
          target.traffic[kind].send(sender, r, n).then(
            (key) => {
              if (!counts) return;
              target.sent.set(`${kind}/${String(r)}/${String(key)}`, sentAt);
              target.eventsSent[kind]++;
            },
            (error: unknown) => failures.push(error),
          );
        }, interval);
        ticks.push(tick);
      },
      (interval * r) / ROOMS,
    ),
  );
  await new Promise((r) => setTimeout(r, ROUND_WARMUP_MS));
  const cpuBefore = cpuMsOf(target.pid);
  isMeasuring = true;
  await new Promise((r) => setTimeout(r, ROUND_MS));
  isMeasuring = false;
  const cpuAfter = cpuMsOf(target.pid);
  if (cpuBefore !== undefined && cpuAfter !== undefined) target.cpuMs[kind] += cpuAfter - cpuBefore;
  for (const t of [...starts, ...ticks]) clearTimeout(t);
  // Let what is in flight arrive before the other server's turn.
  await new Promise((r) => setTimeout(r, 300));
  if (failures.length > 0)
    throw new Error(`${target.name}: ${String(failures.length)} sends failed: ${String(failures[0])}`);
  const round: number[] = [];
  for (const [id, sentAt] of target.sent) {
    for (const at of target.received.get(id) ?? []) round.push(at - sentAt);
  }
  for (const latency of round) target.latencies[kind].push(latency);
  target.roundP50s[kind].push(percentiles(round).p50);
  target.sent.clear();
  target.received.clear();
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
    const bareRoom = (room: number): string => `room-${String(room)}`;
    const bare = await connectTarget({
      name: 'bare',
      url: bareServer.url,
      cookies: [''],
      join: async (socket, room) => {
        await socket.emitWithAck('join', bareRoom(room));
      },
      traffic: {
        chat: {
          event: 'msg',
          send: async (socket, room, n) =>
            (
              (await socket.emitWithAck('msg', { room: bareRoom(room), text: chatText(n) })) as {
                seq: number;
              }
            ).seq,
        },
        queue: {
          event: 'queue',
          send: async (socket, room, n) =>
            (
              (await socket.emitWithAck('hand', { room: bareRoom(room), isRaised: n % 2 === 0 })) as {
                version: number;
              }
            ).version,
        },
      },
      pid: bareServer.child.pid,
    });
    const cookies = await Promise.all(
      Array.from({ length: USERS }, (_, u) => login(proc.url, `bench.user${String(u)}`, PASSWORD)),
    );
    const roomIds = await createSessionRooms(proc.url, await login(proc.url, ORGANISER, PASSWORD));
    const roomOf = (room: number): string => roomIds[room] ?? '';
    const ours = await connectTarget({
      name: 'Konsiili',
      url: proc.url,
      cookies,
      join: async (socket, room) => {
        await command(socket, 'room:join', { roomId: roomOf(room) });
      },
      traffic: {
        chat: {
          event: 'chat:posted',
          send: async (socket, room, n) => {
            const clientId = `bench-${randomUUID()}`;
            const sent = (await command(socket, 'chat:send', {
              roomId: roomOf(room),
              text: chatText(n),
              clientId,
            })) as { message: { seq: number } };
            return sent.message.seq;
          },
        },
        queue: {
          event: 'queue:updated',
          send: async (socket, room, n) => {
            const name = n % 2 === 0 ? 'queue:raise-hand' : 'queue:lower-hand';
            return ((await command(socket, name, { roomId: roomOf(room) })) as { version: number }).version;
          },
        },
      },
      pid: proc.child.pid,
    });
    for (const kind of KINDS) {
      for (let round = 0; round < ROUNDS; round++) {
        for (const target of round % 2 === 0 ? [bare, ours] : [ours, bare]) await runRound(target, kind);
      }
    }
    for (const target of [bare, ours]) for (const room of target.rooms) for (const s of room) s.close();
    return report(bare, ours);
  } finally {
    bareServer.child.kill('SIGTERM');
    proc.child.kill('SIGTERM');
    await proc.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The chat text: short, as most chat is, and free of anything the PII guard would take out. */
function chatText(n: number): string {
  return `viesti ${String(n)}: kuka ottaa seuraavan askeleen?`;
}

/** A Konsiili command; a refusal fails the benchmark, as its figures would mean nothing. */
async function command(socket: Socket, name: string, payload: unknown): Promise<unknown> {
  const ack = (await socket.emitWithAck(name, payload)) as {
    ok: boolean;
    data?: unknown;
    error?: { code: string };
  };
  if (!ack.ok) throw new Error(`${name} refused: ${ack.error?.code ?? '?'}`);
  return ack.data;
}

function report(bare: Target, ours: Target): string {
  const fmt = (target: Target, kind: Kind): string => {
    const p = percentiles(target.latencies[kind]);
    const events = target.eventsSent[kind];
    const cpu =
      target.cpuMs[kind] > 0 && events > 0
        ? `   server CPU ${((target.cpuMs[kind] / events) * 1000).toFixed(0).padStart(4)} µs/event`
        : '';
    return `${String(p.count).padStart(7)} deliveries  p50 ${p.p50.toFixed(2).padStart(6)} ms  p99 ${p.p99.toFixed(2).padStart(6)} ms${cpu}`;
  };
  const ratio = (kind: Kind): string => {
    const b = percentiles(bare.latencies[kind]);
    const o = percentiles(ours.latencies[kind]);
    return `p50 ${(o.p50 / b.p50).toFixed(2)}×   p99 ${(o.p99 / b.p99).toFixed(2)}×   (goal ≤ 1.25×)`;
  };
  // How far the ratio moves from one pair of rounds to the next shows how much the machine drifted.
  const spread = (kind: Kind): string => {
    const ratios = ours.roundP50s[kind]
      .map((p50, i) => p50 / (bare.roundP50s[kind][i] ?? NaN))
      .sort((a, b) => a - b);
    return `  p50 ratio per pair of rounds: ${ratios.map((r) => r.toFixed(2)).join(' ')}`;
  };
  return [
    `Fan-out: ${String(ROOMS)} PPT session rooms × ${String(PER_ROOM)} participants, one sender per room at ${String(EVENTS_PER_ROOM_PER_SECOND)} events/s, ${String(ROUNDS)} alternating rounds of ${String(ROUND_MS / 1000)} s measured per server and kind`,
    `chat (chat:send → chat:posted; Konsiili validates, rate-limits, authorises, runs the PII guard, writes SQLite)`,
    `  bare socket.io relay   ${fmt(bare, 'chat')}`,
    `  Konsiili               ${fmt(ours, 'chat')}`,
    `  ratio Konsiili / bare  ${ratio('chat')}`,
    spread('chat'),
    `queue (raise and lower a hand → queue:updated; Konsiili authorises, applies the change to the session, compare-and-sets it in SQLite)`,
    `  bare socket.io relay   ${fmt(bare, 'queue')}`,
    `  Konsiili               ${fmt(ours, 'queue')}`,
    `  ratio Konsiili / bare  ${ratio('queue')}`,
    spread('queue'),
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
