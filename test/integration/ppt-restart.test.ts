import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Ack, CommandName, CommandResult, PptState, SeriesDetail } from '@konsiili/shared';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { spawnServer, type ServerProcess } from '../support/process.ts';

const PASSWORD = 'restart-demo-password';

function data<K extends CommandName>(ack: Ack<CommandResult<K>>): CommandResult<K> {
  if (!ack.ok) throw new Error(`command refused: ${ack.error.code}`);
  return ack.data;
}

async function syncState(socket: TestSocket, roomId: string): Promise<PptState> {
  return data<'queue:sync'>(await send(socket, 'queue:sync', { roomId })).state;
}

async function as(server: ServerProcess, username: string): Promise<TestSocket> {
  return connect(server.url, await login(server.url, username, PASSWORD));
}

/** Declares, starts a case and raises hands, then kills the server with SIGKILL. */
async function runSessionUntilCrash(server: ServerProcess): Promise<{ roomId: string; written: PptState }> {
  const sockets: TestSocket[] = [];
  try {
    const cookie = await login(server.url, 'demo.admin', PASSWORD);
    const res = await fetch(`${server.url}/api/series/demo-keskusta?count=1`, { headers: { cookie } });
    const roomId = ((await res.json()) as SeriesDetail).upcoming[0]?.roomId ?? '';
    const chair = await as(server, 'demo.chair');
    const social = await as(server, 'demo.social');
    const kela = await as(server, 'demo.kela');
    sockets.push(chair, social, kela);
    for (const s of sockets) data(await send(s, 'room:join', { roomId }));
    data(await send(social, 'queue:declare', { roomId, caseCount: 2, topics: ['Asuminen'] }));
    data(await send(kela, 'queue:declare', { roomId, caseCount: 1 }));
    data(await send(chair, 'queue:start', { roomId }));
    data(await send(kela, 'queue:raise-hand', { roomId }));
    data(await send(social, 'queue:raise-hand', { roomId }));
    return { roomId, written: await syncState(chair, roomId) };
  } finally {
    for (const s of sockets) s.close();
    server.child.kill('SIGKILL');
  }
}

describe('PPT session across a server crash', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-ppt-restart-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[PR1] queue, running case, its start time, hands and declarations survive kill -9', async () => {
    const env = { DATA_DIR: dataDir, DEMO_PASSWORD: PASSWORD, CLIENT_DIST: '/nonexistent' };
    const first = await spawnServer(env);
    const { roomId, written } = await runSessionUntilCrash(first);
    expect((await first.exited).signal).toBe('SIGKILL');

    const second = await spawnServer(env);
    try {
      const social = await as(second, 'demo.social');
      data(await send(social, 'room:join', { roomId }));
      const after = await syncState(social, roomId);
      social.close();
      expect(after.items).toEqual(written.items);
      expect(after.currentItemId).toBe(written.currentItemId);
      expect(after.items.find((i) => i.id === after.currentItemId)?.startedAt).toBe(
        written.items.find((i) => i.id === written.currentItemId)?.startedAt,
      );
      expect(after.hands.map((h) => h.userId)).toEqual(['demo-kela', 'demo-social']);
      expect(after.hands).toEqual(written.hands);
      expect(after.declarations).toEqual(written.declarations);
      expect(after.currentItemId).toBeDefined();
      expect(after.version).toBeGreaterThanOrEqual(written.version);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
  });
});
