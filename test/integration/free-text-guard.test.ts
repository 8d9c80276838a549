import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as shared from '@konsiili/shared';
import { DEFAULT_SERVICE_CATALOGUE, commands, type SeriesDetail } from '@konsiili/shared';
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
let roomId = '';

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

async function rest(method: string, path: string, body: unknown): Promise<unknown> {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: admin },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  expect(res.status, text).toBeLessThan(300);
  return text ? (JSON.parse(text) as unknown) : undefined;
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
};

/** Which REST route takes which shared request schema (the schema name ends with "Request"). */
const REST_BODIES: Record<string, string> = {
  AcceptInvitationRequest: 'POST /api/invitations/:token/accept',
  CreateInvitationRequest: 'POST /api/rooms/:roomId/invitations',
  CreateSeriesRequest: 'POST /api/series',
  LoginRequest: 'POST /api/auth/login',
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
