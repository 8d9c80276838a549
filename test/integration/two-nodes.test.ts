import { afterEach, describe, expect, it } from 'vitest';
import { connect, login, send, waitFor, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

describe('two nodes on Redis', () => {
  it('[N1] a user on node A sees presence and role changes made on node B', async () => {
    const prefix = `konsiili-test:two-nodes-${Date.now()}:`;
    // Both nodes share one store (same prefix) and one socket.io adapter, as in production.
    const a = await startTestServer({ storeKind: 'redis', redisAdapter: true, storePrefix: prefix });
    const b = await startTestServer({
      storeKind: 'redis',
      redisAdapter: true,
      storePrefix: prefix,
      seedDemo: false,
    });
    servers.push(a, b);

    const chair = await connect(a.url, await login(a.url, 'demo.chair', a.demoPassword));
    const nurse = await connect(b.url, await login(b.url, 'demo.nurse', b.demoPassword));
    sockets.push(chair, nurse);
    await send(chair, 'room:join', { roomId: 'demo-ppt' });

    const presence = waitFor(
      chair,
      'room:presence',
      (p) => p.member.userId === 'demo-nurse' && p.member.isOnline,
    );
    const joined = await send(nurse, 'room:join', { roomId: 'demo-ppt' });
    expect(joined.ok && joined.data.members.find((m) => m.userId === 'demo-chair')?.isOnline).toBe(true);
    await presence;

    const updated = waitFor(nurse, 'room:member-updated', (p) => p.member.userId === 'demo-social');
    await send(chair, 'room:set-role', { roomId: 'demo-ppt', userId: 'demo-social', role: 'deputy_chair' });
    expect((await updated).member.role).toBe('deputy_chair');
  });
});
