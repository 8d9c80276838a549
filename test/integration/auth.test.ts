import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ErrorEnvelope, Me } from '@konsiili/shared';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeEach(async () => {
  server = await startTestServer();
});
afterEach(async () => {
  await server.close();
});

function post(path: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

describe('login and sessions', () => {
  it('[A1] a demo user signs in and gets an HttpOnly SameSite session cookie', async () => {
    const res = await post('/api/auth/login', { username: 'demo.chair', password: server.demoPassword });
    expect(res.status).toBe(200);
    const me = Me.parse(await res.json());
    expect(me.user.id).toBe('demo-chair');
    expect(me.organisation.services.length).toBeGreaterThanOrEqual(12);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^konsiili_sid=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const meRes = await fetch(`${server.url}/api/me`, { headers: { cookie: cookie.split(';')[0] ?? '' } });
    expect(meRes.status).toBe(200);
  });

  it('[A2] usernames are matched regardless of case', async () => {
    const res = await post('/api/auth/login', { username: 'Demo.Chair', password: server.demoPassword });
    expect(res.status).toBe(200);
  });

  it('[A3] a wrong password gets UNAUTHENTICATED and no cookie', async () => {
    const res = await post('/api/auth/login', { username: 'demo.chair', password: 'wrong' });
    expect(res.status).toBe(401);
    expect(ErrorEnvelope.parse(await res.json()).code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('[A4] a malformed body gets VALIDATION with the failing path', async () => {
    const res = await post('/api/auth/login', { username: 'demo.chair' });
    expect(res.status).toBe(400);
    const body = ErrorEnvelope.parse(await res.json());
    expect(body.code).toBe('VALIDATION');
    expect(body.details?.issues?.map((i) => i.path)).toContainEqual(['password']);
  });

  it('[A5] a body that is not JSON gets VALIDATION, not a crash', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    expect(res.status).toBe(400);
    expect(ErrorEnvelope.parse(await res.json()).code).toBe('VALIDATION');
  });

  it('[A6] without a session the API answers UNAUTHENTICATED', async () => {
    const res = await fetch(`${server.url}/api/me`);
    expect(res.status).toBe(401);
    expect(ErrorEnvelope.parse(await res.json()).code).toBe('UNAUTHENTICATED');
  });

  it('[A7] logout ends the session', async () => {
    const cookie = await login(server.url, 'demo.nurse', server.demoPassword);
    const out = await post('/api/auth/logout', {}, cookie);
    expect(out.status).toBe(204);
    const res = await fetch(`${server.url}/api/me`, { headers: { cookie } });
    expect(res.status).toBe(401);
  });

  it('[A8] repeated wrong passwords are rate limited', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const res = await post('/api/auth/login', { username: 'demo.social', password: `wrong-${i}` });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    const right = await post('/api/auth/login', { username: 'demo.social', password: server.demoPassword });
    expect(right.status).toBe(429);
  });

  it('[A9] a cross-origin POST is refused', async () => {
    const res = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
      body: JSON.stringify({ username: 'demo.chair', password: server.demoPassword }),
    });
    expect(res.status).toBe(403);
  });

  it('[A10] unknown API paths answer NOT_FOUND in the envelope', async () => {
    const res = await fetch(`${server.url}/api/nope`);
    expect(res.status).toBe(404);
    expect(ErrorEnvelope.parse(await res.json()).code).toBe('NOT_FOUND');
  });
});

describe('home', () => {
  it('[H1] lists my upcoming sessions and open consultations', async () => {
    const cookie = await login(server.url, 'demo.chair', server.demoPassword);
    const res = await fetch(`${server.url}/api/home`, { headers: { cookie } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      sessions: { id: string; myRole: string }[];
      consultations: { id: string }[];
    };
    expect(body.sessions.map((s) => s.id)).toEqual(expect.arrayContaining(['demo-ppt', 'demo-kela-hour']));
    expect(body.sessions.find((s) => s.id === 'demo-ppt')?.myRole).toBe('chair');
    expect(body.consultations.map((c) => c.id)).toEqual(['demo-econsult']);
  });
});
