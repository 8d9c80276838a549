import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsultId, UserId, type Consult } from '@konsiili/shared';
import type { Clock } from '../../server/src/platform/clock.ts';
import { api } from '../support/api.ts';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const servers: TestServer[] = [];
afterEach(async () => {
  // Both nodes share one prefix; the first close removes it, the second finds nothing left.
  for (const s of servers.splice(0)) await s.close();
});

const HOUR = 3_600_000;

describe('due-time escalation', () => {
  it('fires exactly once with two nodes racing on one store, and not before its time', async () => {
    // In the future: Redis evicts sessions by their real expiry, so a clock in the past would sign us out.
    let now = new Date('2027-03-09T07:00:00.000Z'); // Tuesday 09:00 in Helsinki
    const clock: Clock = { now: () => now };
    const storePrefix = `konsiili-test:${randomUUID()}:`;
    const nodeA = await startTestServer({ storeKind: 'redis', storePrefix, clock });
    servers.push(nodeA);
    const nodeB = await startTestServer({ storeKind: 'redis', storePrefix, clock, seedDemo: false });
    servers.push(nodeB);
    const nurse = await login(nodeA.url, 'demo.nurse', nodeA.demoPassword);
    const created = await api<Consult>(nodeA.url, nurse, 'POST', '/consults', {
      targetId: 'adult-social-work',
      urgency: 'today',
      question: 'Kiireellinen kysymys',
      caseSummary: 'Tiivistelmä',
    });
    expect(created.body).toMatchObject({ dueAt: '2027-03-09T14:00:00.000Z' });

    // A quarter of the 7-hour window before due: 12:15 UTC. Before that nothing is due.
    now = new Date('2027-03-09T12:00:00.000Z');
    expect(await nodeA.app.consults.runDueJobs(now)).toBe(0);

    now = new Date('2027-03-09T12:30:00.000Z');
    const results = await Promise.all([
      nodeA.app.consults.runDueJobs(now),
      nodeB.app.consults.runDueJobs(now),
      nodeA.app.consults.runDueJobs(now),
      nodeB.app.consults.runDueJobs(now),
    ]);
    expect(results.reduce((a, b) => a + b, 0)).toBe(1);

    // Even a job handed out again (a lease that ran out under a slow node) does not escalate twice.
    await nodeA.store.jobs.schedule(`consult-escalation:${created.body.id}`, now, {
      consultId: created.body.id,
    });
    expect(await nodeB.app.consults.runDueJobs(new Date(now.getTime() + HOUR))).toBe(0);

    const stored = await nodeB.store.consults.get(ConsultId.parse(created.body.id));
    expect(stored?.consult.escalatedAt).toBe(now.toISOString());
    expect(stored?.consult.history.filter((h) => h.action === 'escalate')).toHaveLength(1);
    const leadNotes = await nodeA.store.notifications.list(UserId.parse('demo-chair'), 50);
    expect(leadNotes.filter((n) => n.kind === 'consult_escalated')).toHaveLength(1);
  });

  it('an answered request is not escalated', async () => {
    let now = new Date('2027-03-09T07:00:00.000Z');
    const clock: Clock = { now: () => now };
    const server = await startTestServer({ clock });
    servers.push(server);
    const nurse = await login(server.url, 'demo.nurse', server.demoPassword);
    const social = await login(server.url, 'demo.social', server.demoPassword);
    const created = await api<Consult>(server.url, nurse, 'POST', '/consults', {
      targetId: 'adult-social-work',
      urgency: 'today',
      question: 'Kysymys',
      caseSummary: 'Tiivistelmä',
    });
    const path = `/consults/${created.body.id}/actions`;
    await api(server.url, social, 'POST', path, { action: 'accept' });
    await api(server.url, social, 'POST', path, { action: 'answer', answer: 'Vastaus' });
    now = new Date('2027-03-09T13:00:00.000Z');
    expect(await server.app.consults.runDueJobs(now)).toBe(0);
    const stored = await server.store.consults.get(ConsultId.parse(created.body.id));
    expect(stored?.consult.escalatedAt).toBeUndefined();
  });
});
