import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, login, send, waitFor } from '../support/clients.ts';
import { spawnServer } from '../support/process.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

describe('health, readiness and metrics', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server.close();
  });

  it('[O1] /healthz and /readyz answer', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`${server.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', store: 'sqlite' });
  });

  it('[O2] /metrics exposes sockets, events, latency and errors', async () => {
    const cookie = await login(server.url, 'demo.chair', server.demoPassword);
    const socket = await connect(server.url, cookie);
    await send(socket, 'room:join', { roomId: 'demo-ppt' });
    await send(socket, 'room:join', { roomId: 5 });
    const text = await (await fetch(`${server.url}/metrics`)).text();
    socket.close();
    expect(text).toMatch(/konsiili_connected_sockets 1/);
    expect(text).toMatch(/konsiili_socket_events_total\{event="room:join"\} 2/);
    expect(text).toMatch(/konsiili_socket_event_duration_seconds_bucket\{le="[^"]+",event="room:join"\}/);
    expect(text).toMatch(/konsiili_errors_total\{code="VALIDATION",transport="socket"\} 1/);
  });
});

describe('the entry point as npm start runs it', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-start-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[O4] serves the built client from the default relative CLIENT_DIST, with client routes', async () => {
    const proc = await spawnServer({ DATA_DIR: dataDir });
    try {
      for (const route of ['/', '/rooms/demo-ppt', '/login']) {
        const res = await fetch(`${proc.url}${route}`);
        expect(res.status, route).toBe(200);
        expect(await res.text(), route).toContain('<div id="root">');
      }
      expect(proc.output.some((l) => l.includes('Demo accounts'))).toBe(true);
    } finally {
      proc.child.kill('SIGTERM');
      await proc.exited;
    }
  });
});

describe('graceful shutdown', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'konsiili-shutdown-'));
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('[O3] SIGTERM tells connected clients and exits cleanly within 5 s', async () => {
    const proc = await spawnServer({
      DATA_DIR: dataDir,
      DEMO_PASSWORD: 'shutdown-test',
      CLIENT_DIST: '/nonexistent',
    });
    const cookie = await login(proc.url, 'demo.chair', 'shutdown-test');
    const clients = await Promise.all([
      connect(proc.url, cookie),
      connect(proc.url, cookie),
      connect(proc.url, cookie),
    ]);
    for (const c of clients) await send(c, 'room:join', { roomId: 'demo-ppt' });
    const told = Promise.all(clients.map((c) => waitFor(c, 'server:shutting-down')));
    const disconnected = Promise.all(clients.map((c) => new Promise((r) => c.once('disconnect', r))));

    const started = performance.now();
    proc.child.kill('SIGTERM');
    const exit = await proc.exited;
    const elapsed = performance.now() - started;

    await told;
    await disconnected;
    expect(exit.code).toBe(0);
    expect(elapsed).toBeLessThan(5000);
    expect(proc.output.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
  });
});
