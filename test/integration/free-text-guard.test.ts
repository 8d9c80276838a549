import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from '@konsiili/shared';
import { DEFAULT_SERVICE_CATALOGUE, commands, type Consult, type SeriesDetail } from '@konsiili/shared';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { rawStoreText } from '../support/raw-store.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * Item 2 of issue 13: every free-text field of every socket command and REST body passes the one
 * guard. Strings with a pattern, a format, an enum or a constant are structured (ids, dates, codes);
 * every other string field must be declared below, either as FREE_TEXT (with a proof run through the
 * real server) or as NOT_FREE_TEXT (with the reason). A new field in neither list fails the test.
 */

/** A synthetic personal identity code with a valid check character (see shared/src/pii). */
const HETU = `140352-257${'0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(Number('140352257') % 31)}`;
const EMAIL = 'asiakas.testi@example.com';
const PII = `${HETU} ${EMAIL}`;

let server: TestServer;
let chair: TestSocket;
let admin = '';
let nurse = '';
let roomId = '';
/** The consultation the consult proofs walk from sent to closed (set by the CreateConsultRequest proof). */
let consultId = '';

type Proof = () => Promise<void>;

async function ack<T>(promise: Promise<{ ok: true; data: T } | { ok: false; error: { code: string } }>) {
  const result = await promise;
  if (!result.ok) throw new Error(`refused: ${result.error.code}`);
  return result.data;
}

/** What the store holds after the proof: the PII must not be in it, in any form. */
async function expectStoredWithoutPii(): Promise<void> {
  const raw = await rawStoreText(server, 'sqlite');
  expect(raw).not.toContain(HETU);
  expect(raw).not.toContain(EMAIL);
}

async function rest(method: string, path: string, body: unknown, cookie = admin): Promise<unknown> {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return text ? (JSON.parse(text) as unknown) : undefined;
}

/** What a later read serves, as text, so a proof can show the stored value is redacted too. */
async function served(path: string, cookie = admin): Promise<string> {
  return JSON.stringify(
    (await (await fetch(`${server.url}/api${path}`, { headers: { cookie } })).json()) as unknown,
  );
}

/** Sends, as the admin, a directory body whose one field carries the PII, and reads it back. */
async function directoryProof(method: string, path: string, body: unknown, list: string): Promise<void> {
  expect(JSON.stringify(await rest(method, path, body))).not.toContain(HETU);
  expect(await served(list)).not.toContain(EMAIL);
}

const TEAM = {
  name: 'Ohjaustiimi',
  leadUserId: 'demo-chair',
  memberUserIds: ['demo-social'],
  referralIndications: 'Asumisen vaikeudet.',
};
const TARGET = {
  kind: 'specialty',
  name: 'Neurologia',
  description: 'Neurologian konsultaatiot.',
  leadUserId: 'demo-admin',
  consultantUserIds: ['demo-admin'],
};

/** One transition of the proofs' consultation; its answer and the consultation read back carry no PII. */
async function act(body: unknown, cookie: string): Promise<void> {
  expect(JSON.stringify(await rest('POST', `/consults/${consultId}/actions`, body, cookie))).not.toContain(
    HETU,
  );
  expect(await served(`/consults/${consultId}`)).not.toContain(EMAIL);
}

/** The free-text fields, each with a proof that the server stores and echoes it guarded. */
const FREE_TEXT: Record<string, Proof> = {
  'chat:send.text': async () => {
    const data = await ack(send(chair, 'chat:send', { roomId, text: PII, clientId: 'guard-chat-0001' }));
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'queue:declare.topics[]': async () => {
    const data = await ack(send(chair, 'queue:declare', { roomId, caseCount: 1, topics: [PII] }));
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'queue:add-phenomenon.title': async () => {
    const data = await ack(send(chair, 'queue:add-phenomenon', { roomId, title: PII }));
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'queue:edit-item.title': async () => {
    const { state } = await ack(send(chair, 'queue:sync', { roomId }));
    const itemId = state.items[0]?.id ?? '';
    const data = await ack(send(chair, 'queue:edit-item', { roomId, itemId, title: PII }));
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'queue:edit-item.question': async () => {
    const { state } = await ack(send(chair, 'queue:sync', { roomId }));
    const itemId = state.items[0]?.id ?? '';
    const data = await ack(send(chair, 'queue:edit-item', { roomId, itemId, question: PII }));
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'queue:finish.outcome.nextSteps': async () => {
    await ack(send(chair, 'queue:start', { roomId }));
    const data = await ack(
      send(chair, 'queue:finish', { roomId, outcome: { nextSteps: PII, serviceIds: ['kela'] } }),
    );
    expect(JSON.stringify(data)).not.toContain(HETU);
  },
  'POST /api/series.centreName': async () => {
    const body = {
      id: 'guard-series',
      centreName: `Keskus ${PII}`,
      weekday: 2,
      startTime: '09:30',
      firstDate: '2026-01-06',
      chairId: 'demo-chair',
    };
    expect(JSON.stringify(await rest('POST', '/series', body))).not.toContain(HETU);
    const detail = (await (
      await fetch(`${server.url}/api/series/guard-series`, { headers: { cookie: admin } })
    ).json()) as SeriesDetail;
    expect(JSON.stringify(detail)).not.toContain(EMAIL);
  },
  'PUT /api/organisation/services.services[].name.fi': async () => {
    const services = DEFAULT_SERVICE_CATALOGUE.map((s, i) =>
      i === 0 ? { ...s, name: { fi: `Palvelu ${PII}`, sv: `Tjänst ${PII}`, en: `Service ${PII}` } } : s,
    );
    expect(JSON.stringify(await rest('PUT', '/organisation/services', { services }))).not.toContain(HETU);
  },
  'PUT /api/directory/people/:userId.tasks[]': () =>
    directoryProof(
      'PUT',
      '/directory/people/demo-social',
      { tasks: [`Tehtävä ${PII}`], areas: ['keskusta'] },
      '/directory/people',
    ),
  'PUT /api/directory/people/:userId.areas[]': () =>
    directoryProof(
      'PUT',
      '/directory/people/demo-social',
      { tasks: ['sosiaaliohjaus'], areas: [`Alue ${PII}`] },
      '/directory/people',
    ),
  'POST /api/directory/teams.name': () =>
    directoryProof('POST', '/directory/teams', { ...TEAM, name: `Tiimi ${PII}` }, '/directory/teams'),
  'POST /api/directory/teams.referralIndications': () =>
    directoryProof(
      'POST',
      '/directory/teams',
      { ...TEAM, referralIndications: `Ohjaus ${PII}` },
      '/directory/teams',
    ),
  'POST /api/directory/targets.name': () =>
    directoryProof('POST', '/directory/targets', { ...TARGET, name: `Kohde ${PII}` }, '/directory/targets'),
  'POST /api/directory/targets.description': () =>
    directoryProof(
      'POST',
      '/directory/targets',
      { ...TARGET, description: `Kuvaus ${PII}` },
      '/directory/targets',
    ),
  // demo.nurse asks psychiatry, whose pool is demo.admin: the same consultation carries every proof below.
  'POST /api/consults.question': async () => {
    const created = (await rest(
      'POST',
      '/consults',
      {
        targetId: 'psychiatry',
        urgency: '7d',
        question: `Kysymys ${PII}`,
        caseSummary: `Tapaus ${PII}`,
        identification: {
          clientReference: 'VAPAA-TEKSTI-VIITE-0001',
          consent: { givenBy: 'client', givenOn: '2026-01-05', scope: `Laajuus ${PII}` },
        },
      },
      nurse,
    )) as Consult;
    consultId = created.id;
    expect(JSON.stringify(created)).not.toContain(HETU);
    expect(await served(`/consults/${consultId}`, nurse)).not.toContain(EMAIL);
  },
  // Sent in the same request as the question.
  'POST /api/consults.caseSummary': () => Promise.resolve(),
  'POST /api/consults.identification.consent.scope': () => Promise.resolve(),
  // request_info and provide_info share the field; both post into the consultation's thread (the chat).
  'POST /api/consults/:id/actions.message': async () => {
    await act({ action: 'accept' }, admin);
    await act({ action: 'request_info', message: `Lisätietoa ${PII}` }, admin);
    await act({ action: 'provide_info', message: `Lisätiedot ${PII}` }, nurse);
    // The thread really holds both messages (redacted), so the final store check covers them.
    const raw = await rawStoreText(server, 'sqlite');
    expect(raw).toContain('Lisätietoa');
    expect(raw).toContain('Lisätiedot');
  },
  'POST /api/consults/:id/actions.answer': () => act({ action: 'answer', answer: `Vastaus ${PII}` }, admin),
  'POST /api/consults/:id/actions.outcome.referralTeam': () =>
    act({ action: 'close', outcome: { kind: 'referral_recommended', referralTeam: `Tiimi ${PII}` } }, nurse),
};
// The three language labels share one proof.
FREE_TEXT['PUT /api/organisation/services.services[].name.sv'] = () => Promise.resolve();
FREE_TEXT['PUT /api/organisation/services.services[].name.en'] = () => Promise.resolve();

/** Plain strings that are not free text about clients, with the reason. */
const NOT_FREE_TEXT: Record<string, string> = {
  'session:enter.displayName': "the speaker's own name as shown in the room",
  'session:enter.profession': "the speaker's own profession",
  'chat:send.clientId': 'an opaque idempotency token made by the client',
  'POST /api/auth/login.username': 'a credential, never stored from the request',
  'POST /api/auth/login.password': 'a credential, only its hash is kept',
  'POST /api/invitations/:token/accept.displayName': "the guest's own name as shown in the room",
  'POST /api/invitations/:token/accept.profession': "the guest's own profession",
  // Proven sealed at rest, absent from logs, broadcasts and the audit: consult-client-reference.test.ts.
  'POST /api/consults.identification.clientReference':
    'the client identifier itself, given with consent: stored only encrypted and shown only to the two parties',
};

/** Which REST route takes which shared request schema (the schema name ends with "Request"). */
const REST_BODIES: Record<string, string> = {
  AcceptInvitationRequest: 'POST /api/invitations/:token/accept',
  ConsultActionRequest: 'POST /api/consults/:id/actions',
  ConsultCallRequest: 'POST /api/consults/:id/call',
  CreateConsultRequest: 'POST /api/consults',
  CreateInvitationRequest: 'POST /api/rooms/:roomId/invitations',
  CreateSeriesRequest: 'POST /api/series',
  LoginRequest: 'POST /api/auth/login',
  MarkNotificationsReadRequest: 'POST /api/notifications/read',
  // PUT /api/directory/teams/:id and /targets/:id take the same bodies through the same service call.
  SaveTargetRequest: 'POST /api/directory/targets',
  SaveTeamRequest: 'POST /api/directory/teams',
  UpdateDirectoryPersonRequest: 'PUT /api/directory/people/:userId',
  UpdateRetentionRequest: 'PUT /api/organisation/retention',
  UpdateSeriesExceptionsRequest: 'PUT /api/series/:seriesId/exceptions',
  UpdateServicesRequest: 'PUT /api/organisation/services',
};

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
}

/** Paths of the plain (unstructured) string fields of a schema, e.g. "outcome.nextSteps", "topics[]". */
function plainStrings(schema: JsonSchema, path: string): string[] {
  const found: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (types.includes('string')) {
    const isStructured =
      schema.enum !== undefined ||
      schema.const !== undefined ||
      schema.pattern !== undefined ||
      schema.format !== undefined;
    if (!isStructured) found.push(path);
  }
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    found.push(...plainStrings(child, path ? `${path}.${key}` : key));
  if (schema.items) found.push(...plainStrings(schema.items, `${path}[]`));
  for (const option of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])])
    found.push(...plainStrings(option, path));
  return [...new Set(found)];
}

function toJson(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as JsonSchema;
}

/** Shared schemas named *Request that are no REST body: the server⇄media link (ids, a signed grant). */
const NOT_REST = new Set(['MediaRequest']);

function allPlainStringFields(): string[] {
  const fields: string[] = [];
  for (const [name, spec] of Object.entries(commands))
    fields.push(...plainStrings(toJson(spec.request), '').map((p) => `${name}.${p}`));
  for (const [name, value] of Object.entries(shared)) {
    if (!name.endsWith('Request') || NOT_REST.has(name) || !(value instanceof z.ZodType)) continue;
    const route = REST_BODIES[name] ?? `(unmapped ${name}: add it to REST_BODIES)`;
    fields.push(...plainStrings(toJson(value), '').map((p) => `${route}.${p}`));
  }
  return fields;
}

describe('free text passes the guard', () => {
  beforeAll(async () => {
    server = await startTestServer();
    admin = await login(server.url, 'demo.admin', server.demoPassword);
    nurse = await login(server.url, 'demo.nurse', server.demoPassword);
    const cookie = await login(server.url, 'demo.chair', server.demoPassword);
    const detail = (await (
      await fetch(`${server.url}/api/series/demo-keskusta?count=1`, { headers: { cookie } })
    ).json()) as SeriesDetail;
    roomId = detail.upcoming[0]?.roomId ?? '';
    chair = await connect(server.url, cookie);
    await ack(send(chair, 'room:join', { roomId }));
    await ack(
      send(chair, 'session:enter', {
        roomId,
        displayName: 'Puheenjohtaja',
        profession: 'Sosiaalityöntekijä',
        serviceId: 'adult-social-work',
      }),
    );
  });
  afterAll(async () => {
    chair.close();
    await server.close();
  });

  it('[G1] every plain string field of every command and REST body is declared', () => {
    const undeclared = allPlainStringFields().filter((f) => !(f in FREE_TEXT) && !(f in NOT_FREE_TEXT));
    expect(
      undeclared,
      'declare each in FREE_TEXT (with a proof that the server guards it) or NOT_FREE_TEXT (with a reason) in test/integration/free-text-guard.test.ts',
    ).toEqual([]);
    const stale = [...Object.keys(FREE_TEXT), ...Object.keys(NOT_FREE_TEXT)].filter(
      (f) => !allPlainStringFields().includes(f),
    );
    expect(stale, 'these declarations name fields that no longer exist').toEqual([]);
  });

  it('[G2] each free-text field, sent with a personal identity code and an e-mail, is stored redacted', async () => {
    for (const [field, proof] of Object.entries(FREE_TEXT)) {
      try {
        await proof();
      } catch (error) {
        throw new Error(`${field}: ${(error as Error).message}`);
      }
    }
    await expectStoredWithoutPii();
  });
});
