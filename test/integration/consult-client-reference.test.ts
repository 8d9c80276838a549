import { readFileSync, existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { OrgId, type ClientReferenceResponse, type Consult } from '@konsiili/shared';
import { api } from '../support/api.ts';
import { connect, login, waitFor, type TestSocket } from '../support/clients.ts';
import { rawStoreText } from '../support/raw-store.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

// Synthetic and distinctive, so any copy of it anywhere is found.
const REFERENCE = 'ASIAKASVIITE-7Q4Z-SYNTEETTINEN-0042';

const servers: TestServer[] = [];
const sockets: TestSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  for (const s of servers.splice(0)) await s.close();
});

describe.each(['sqlite', 'redis'] as const)('client reference at rest (%s)', (storeKind) => {
  it('is sealed in the store, absent from logs and broadcasts, and shown only to the two parties', async () => {
    const logs: string[] = [];
    const server = await startTestServer({ storeKind, logSink: logs });
    servers.push(server);
    const cookie = (who: string) => login(server.url, `demo.${who}`, server.demoPassword);
    const [nurse, social, chair, admin] = await Promise.all(
      ['nurse', 'social', 'chair', 'admin'].map(cookie),
    );
    const poolSocket = await connect(server.url, chair);
    sockets.push(poolSocket);
    const broadcast = waitFor(poolSocket, 'consult:updated');

    const created = await api<Consult>(server.url, nurse ?? '', 'POST', '/consults', {
      targetId: 'adult-social-work',
      urgency: '7d',
      question: 'Voiko asiakas saada tukea asumiseen?',
      caseSummary: 'Asiakas on antanut suostumuksen tunnistettuun konsultaatioon.',
      identification: {
        clientReference: REFERENCE,
        consent: { givenBy: 'client', givenOn: '2026-03-01', scope: 'Asumisen tuen konsultaatio' },
      },
    });
    expect(created.status).toBe(201);
    const consult = created.body;
    expect(consult).toMatchObject({
      isIdentified: true,
      hasClientReference: true,
      consent: { givenBy: 'client', recordedBy: 'demo-nurse' },
    });
    expect(JSON.stringify(consult)).not.toContain(REFERENCE);
    expect(JSON.stringify(await broadcast)).not.toContain(REFERENCE);

    const path = `/consults/${consult.id}/client-reference`;
    // A pool member who has not taken it, a stranger to it, and staff: none of them are parties.
    expect((await api(server.url, chair ?? '', 'GET', path)).body).toMatchObject({ code: 'FORBIDDEN' });
    expect((await api(server.url, admin ?? '', 'GET', path)).body).toMatchObject({ code: 'FORBIDDEN' });
    const own = await api<ClientReferenceResponse>(server.url, nurse ?? '', 'GET', path);
    expect(own.body.clientReference).toBe(REFERENCE);
    await api(server.url, social ?? '', 'POST', `/consults/${consult.id}/actions`, { action: 'accept' });
    const owner = await api<ClientReferenceResponse>(server.url, social ?? '', 'GET', path);
    expect(owner.body.clientReference).toBe(REFERENCE);

    const audit = await server.store.audit.list(OrgId.parse('demo-org'), { limit: 100 });
    const views = audit.filter((e) => e.action === 'consult_client_reference_viewed');
    expect(views.map((e) => e.actorId).sort()).toEqual(['demo-nurse', 'demo-social']);
    expect(JSON.stringify(audit)).not.toContain(REFERENCE);

    expect(await rawStoreText(server, storeKind)).not.toContain(REFERENCE);
    if (storeKind === 'sqlite') {
      for (const file of [server.dataFile, `${server.dataFile}-wal`]) {
        if (existsSync(file)) expect(readFileSync(file).includes(REFERENCE)).toBe(false);
      }
    }
    expect(logs.join('\n')).not.toContain(REFERENCE);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    expect(metrics).not.toContain(REFERENCE);
  });
});

describe('anonymous consultations', () => {
  it('have no client reference to show', async () => {
    const server = await startTestServer();
    servers.push(server);
    const nurse = await login(server.url, 'demo.nurse', server.demoPassword);
    const consult = await api<Consult>(server.url, nurse, 'POST', '/consults', {
      targetId: 'kela',
      urgency: 'today',
      question: 'Mikä etuus?',
      caseSummary: 'Anonyymi kysymys.',
    });
    expect(consult.body.isIdentified).toBe(false);
    expect(
      (await api(server.url, nurse, 'GET', `/consults/${consult.body.id}/client-reference`)).status,
    ).toBe(404);
  });
});
