import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const ASSETS = path.join(REPO_ROOT, 'client/dist/assets');
const builtAsset = (suffix: string): string => {
  const name = readdirSync(ASSETS).find((f) => f.endsWith(suffix));
  if (!name) throw new Error(`no built ${suffix} in client/dist/assets: run npm run build -w client`);
  return `/assets/${name}`;
};

function expectSecurityHeaders(res: Response, where: string): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp, where).toContain("default-src 'self'");
  expect(csp, where).toContain("script-src 'self'");
  expect(csp, where).not.toContain('unsafe-inline');
  expect(csp, where).not.toContain('unsafe-eval');
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("connect-src 'self'");
  expect(res.headers.get('x-frame-options'), where).toBe('DENY');
  expect(res.headers.get('x-content-type-options'), where).toBe('nosniff');
  expect(res.headers.get('referrer-policy'), where).toBe('no-referrer');
  expect(res.headers.get('x-powered-by'), where).toBeNull();
}

describe('security headers', () => {
  it('[H1] the app, its assets, the API (answers and errors) and the probes carry them', async () => {
    server = await startTestServer();
    const paths = [
      '/',
      '/rooms/demo-ppt',
      builtAsset('.js'),
      '/api/auth/me',
      '/api/no-such-endpoint',
      '/healthz',
    ];
    for (const p of paths) expectSecurityHeaders(await fetch(`${server.url}${p}`), p);
    const login = await fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{not json',
    });
    expect(login.status).toBe(400);
    expectSecurityHeaders(login, 'bad JSON');
  });

  it('[H2] hashed assets are cached for a year; index.html is revalidated', async () => {
    server = await startTestServer();
    const asset = await fetch(`${server.url}${builtAsset('.js')}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const index = await fetch(`${server.url}/`);
    expect(index.headers.get('cache-control')).toBe('no-cache');
  });

  it('[H3] source maps are not served unless development asks for them', async () => {
    server = await startTestServer();
    const map = builtAsset('.js.map');
    expect((await fetch(`${server.url}${map}`)).status).toBe(404);
    await server.close();
    server = await startTestServer({ serveSourceMaps: true });
    expect((await fetch(`${server.url}${map}`)).status).toBe(200);
  });
});

describe('/metrics exposure', () => {
  const token = 'metrics-token-for-tests';

  it('[H4] with METRICS_TOKEN, /metrics needs the bearer token', async () => {
    server = await startTestServer({ metricsToken: token });
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer nope' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(`${server.url}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('konsiili_connected_sockets');
  });

  it('[H5] with METRICS_PORT, /metrics leaves the public listener for an internal one', async () => {
    server = await startTestServer({ metricsPort: 0 });
    const pub = await fetch(`${server.url}/metrics`);
    expect(pub.status).toBe(404);
    expect(await pub.text()).not.toContain('konsiili_');
    const port = server.app.metricsPort();
    expect(port).toBeGreaterThan(0);
    const internal = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
    expect(internal.status).toBe(200);
    expect(await internal.text()).toContain('konsiili_connected_sockets');
  });
});
