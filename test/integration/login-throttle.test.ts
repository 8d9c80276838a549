import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuditPage } from '@konsiili/shared';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function signIn(username: string, password: string): Promise<Response> {
  return fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

function unlock(cookie: string | undefined, userId: string): Promise<Response> {
  return fetch(`${server.url}/api/admin/users/${userId}/unlock`, {
    method: 'POST',
    headers: cookie ? { cookie } : {},
  });
}

async function lockOut(username: string): Promise<void> {
  for (let i = 0; i < 10; i++) expect((await signIn(username, `wrong-${String(i)}`)).status).toBe(401);
}

describe('login throttling', () => {
  it('[LT1] one address trying many usernames is paused after 30 failures', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await signIn(`nobody.${String(i)}`, 'guess')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
    // The pause covers real accounts from that address too.
    expect((await signIn('demo.chair', server.demoPassword)).status).toBe(429);
  });

  it('[LT2] a locked account refuses the right password and says when to retry', async () => {
    await lockOut('demo.social');
    const refused = await signIn('demo.social', server.demoPassword);
    expect(refused.status).toBe(429);
    const body = (await refused.json()) as { code: string; details?: { retryAfterMs?: number } };
    expect(body.code).toBe('RATE_LIMITED');
    expect(body.details?.retryAfterMs).toBeGreaterThan(13 * 60_000);
    expect(body.details?.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
  });

  it('[LT3] an admin unlocks the account, audited; the user signs in at once', async () => {
    await lockOut('demo.social');
    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    expect((await unlock(admin, 'demo-social')).status).toBe(204);
    expect((await signIn('demo.social', server.demoPassword)).status).toBe(200);
    const audit = AuditPage.parse(
      await (await fetch(`${server.url}/api/admin/audit`, { headers: { cookie: admin } })).json(),
    );
    expect(audit.entries.find((e) => e.action === 'account_unlocked')).toMatchObject({
      actorId: 'demo-admin',
      subjectId: 'demo-social',
    });
  });

  it('[LT4] unlocking: VALIDATION for a bad id, FORBIDDEN for non-admins, 401 signed out, 404 unknown', async () => {
    const chair = await login(server.url, 'demo.chair', server.demoPassword);
    const admin = await login(server.url, 'demo.admin', server.demoPassword);
    expect((await unlock(admin, 'not%20an%20id')).status).toBe(400);
    expect((await unlock(chair, 'demo-social')).status).toBe(403);
    expect((await unlock(undefined, 'demo-social')).status).toBe(401);
    expect((await unlock(admin, 'no-such-user')).status).toBe(404);
  });
});
