import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditPage } from '@konsiili/shared';
import { connect, login, send } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

describe('audit log', () => {
  it('[L1] records logins, failures, joins, leaves and role changes without personal data', async () => {
    await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'demo.nurse', password: 'wrong-password' }),
    });
    const chairCookie = await login(server.url, 'demo.chair', server.demoPassword);
    const chair = await connect(server.url, chairCookie);
    await send(chair, 'room:join', { roomId: 'demo-ppt' });
    await send(chair, 'room:set-role', { roomId: 'demo-ppt', userId: 'demo-social', role: 'deputy_chair' });
    await send(chair, 'room:leave', { roomId: 'demo-ppt' });
    chair.close();

    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    const res = await fetch(`${server.url}/api/admin/audit?limit=50`, { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    const page = AuditPage.parse(await res.json());
    const actions = page.entries.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['login_failed', 'login', 'room_join', 'role_changed', 'room_leave']),
    );
    const change = page.entries.find((e) => e.action === 'role_changed');
    expect(change).toMatchObject({
      actorId: 'demo-chair',
      subjectId: 'demo-social',
      details: { from: 'participant', to: 'deputy_chair' },
    });
    const text = JSON.stringify(page);
    for (const personal of ['demo.nurse', 'Demo Sairaanhoitaja', 'wrong-password', 'Demo Puheenjohtaja']) {
      expect(text).not.toContain(personal);
    }
    // newest first
    const times = page.entries.map((e) => e.at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('[L2] pages backwards with nextBefore', async () => {
    for (let i = 0; i < 3; i++) await login(server.url, 'demo.chair', server.demoPassword);
    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    const first = AuditPage.parse(
      await (await fetch(`${server.url}/api/admin/audit?limit=2`, { headers: { cookie: admin } })).json(),
    );
    expect(first.entries).toHaveLength(2);
    expect(first.nextBefore).toBeDefined();
    const second = AuditPage.parse(
      await (
        await fetch(`${server.url}/api/admin/audit?limit=2&before=${first.nextBefore ?? ''}`, {
          headers: { cookie: admin },
        })
      ).json(),
    );
    expect(second.entries.map((e) => e.id)).not.toContain(first.entries[0]?.id);
    expect(second.entries[0]?.id.localeCompare(first.entries[1]?.id ?? '')).toBeLessThan(0);
  });

  it('[L3] only organisation admins read it', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const res = await fetch(`${server.url}/api/admin/audit`, { headers: { cookie: chair } });
    expect(res.status).toBe(403);
  });
});
