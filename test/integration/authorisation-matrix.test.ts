import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_SERVICE_CATALOGUE,
  OrgId,
  ServiceId,
  UserId,
  commands,
  type CommandName,
} from '@konsiili/shared';
import { hashPassword } from '../../server/src/auth/password.ts';
import { connect, login, send, type TestSocket } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/**
 * One declared policy for every REST route and socket command, tried as every kind of actor against a
 * real server. "allow" means the request got past authorisation (any answer but 401/403 or
 * UNAUTHENTICATED/FORBIDDEN: a 404 or CONFLICT for a harmless target still proves the door was open);
 * "deny" means it was refused there. A route or command missing from the tables fails the test.
 * Rows marked `isRealTarget` act on something that exists: there a 404 is the server hiding it from
 * somebody refused (another organisation's consultation), so it counts as "deny".
 */
const ROLES = [
  'signedOut',
  'guestInLobby',
  'participant',
  'chair',
  'deputy',
  'organiser',
  'admin',
  'otherOrg',
] as const;
type Role = (typeof ROLES)[number];

const ANYONE: readonly Role[] = ROLES;
const SIGNED_IN = ROLES.filter((r) => r !== 'signedOut');
const ORG_PEOPLE: readonly Role[] = ['participant', 'chair', 'deputy', 'organiser', 'admin'];
const ORG_STAFF: readonly Role[] = ['organiser', 'admin'];
const ROOM_MEMBERS: readonly Role[] = ['participant', 'chair', 'deputy'];
const MODERATORS: readonly Role[] = ['chair', 'deputy', ...ORG_STAFF];

/** The demo series' next occurrence: a PPT session room with a live queue (set in beforeAll). */
let ROOM = '';
const SERIES = 'demo-keskusta';
const RETENTION = { pptChatDays: 14, kelaHourChatDays: 7, consultationMessageDays: 90, caseOutcomeDays: 60 };
/** An identified consultation demo.nurse (deputy) sends to adult social work in beforeAll. */
let CONSULT = '';
const consultUrl =
  (rest = '') =>
  () =>
    `/api/consults/${CONSULT}${rest}`;
/** The demo directory's own values, so that editing them as the matrix does changes nothing. */
const DEMO_TEAM = {
  name: 'Aikuissosiaalityön moniammatillinen tiimi',
  leadUserId: 'demo-chair',
  memberUserIds: ['demo-social', 'demo-nurse'],
  referralIndications: 'Toimeentulon, asumisen tai arjen hallinnan pitkittyneet vaikeudet.',
};
const DEMO_TARGET = {
  kind: 'social_services',
  name: 'Aikuissosiaalityö',
  leadUserId: 'demo-chair',
  consultantUserIds: ['demo-social', 'demo-chair'],
  dutyHours: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' })),
};
/** Pool members (participant = demo.social, chair = demo.chair, who also leads the pool). */
const POOL: readonly Role[] = ['participant', 'chair'];

interface RestCase {
  allowed: readonly Role[];
  url: string | (() => string);
  body?: (role: Role) => unknown;
  /** The target exists, so a 404 is a refusal that hides it. */
  isRealTarget?: true;
}

/** Keyed "METHOD /path-pattern" exactly as the express router declares it. */
const REST: Record<string, RestCase> = {
  'GET /healthz': { allowed: ANYONE, url: '/healthz' },
  'GET /readyz': { allowed: ANYONE, url: '/readyz' },
  // Open on the loopback listener in development; production needs METRICS_TOKEN or METRICS_PORT.
  'GET /metrics': { allowed: ANYONE, url: '/metrics' },
  'POST /api/auth/login': {
    allowed: ANYONE,
    url: '/api/auth/login',
    body: () => ({ username: 'demo.kela', password: 'test-demo-password' }),
  },
  'GET /api/me': { allowed: SIGNED_IN, url: '/api/me' },
  'GET /api/home': { allowed: SIGNED_IN, url: '/api/home' },
  // Somebody who may knock (the guest, another organisation) sees the door: title and time.
  'GET /api/rooms/:roomId': { allowed: SIGNED_IN, url: () => `/api/rooms/${ROOM}` },
  'POST /api/rooms/:roomId/invitations': {
    allowed: MODERATORS,
    url: () => `/api/rooms/${ROOM}/invitations`,
    body: () => ({ role: 'participant', ttlHours: 1 }),
  },
  // The token is the credential; a bad one is 404 for everybody.
  'GET /api/invitations/:token': { allowed: ANYONE, url: '/api/invitations/no-such-token' },
  'POST /api/invitations/:token/accept': {
    allowed: ANYONE,
    url: '/api/invitations/no-such-token/accept',
    body: () => ({ displayName: 'Vieras', profession: 'Sosiaalityöntekijä', serviceId: 'kela' }),
  },
  // otherOrg may create series in its own organisation (here refused as invalid: our chair is not theirs).
  'POST /api/series': {
    allowed: [...ORG_STAFF, 'otherOrg'],
    url: '/api/series',
    body: (role) => ({
      id: `matrix-${role.toLowerCase()}`,
      centreName: 'Matriisi',
      weekday: 2,
      startTime: '09:30',
      firstDate: '2026-01-06',
      chairId: 'demo-chair',
    }),
  },
  // Each organisation's people see their own organisation's series; another one's get their own list.
  'GET /api/series': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/series' },
  'GET /api/series/:seriesId': { allowed: ORG_PEOPLE, url: `/api/series/${SERIES}` },
  'PUT /api/series/:seriesId/exceptions': {
    allowed: ORG_STAFF,
    url: `/api/series/${SERIES}/exceptions`,
    body: () => ({ exceptions: [] }),
  },
  'GET /api/series/:seriesId/calendar.ics': {
    allowed: ORG_PEOPLE,
    url: `/api/series/${SERIES}/calendar.ics`,
  },
  // The calendar link: a redirect to the next occurrence's page, which itself asks for sign-in.
  'GET /api/series/:seriesId/join': { allowed: ANYONE, url: `/api/series/${SERIES}/join` },
  'GET /api/sessions/:roomId/summary': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    url: () => `/api/sessions/${ROOM}/summary`,
  },
  'GET /api/sessions/:roomId/summary.csv': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    url: () => `/api/sessions/${ROOM}/summary.csv`,
  },
  // Organisation-wide routes act on the session's own organisation: otherOrg administers its own.
  'GET /api/admin/audit': { allowed: ['admin', 'otherOrg'], url: '/api/admin/audit' },
  'POST /api/admin/users/:userId/unlock': {
    allowed: ['admin', 'otherOrg'],
    url: '/api/admin/users/demo-social/unlock',
  },
  'GET /api/organisation': { allowed: SIGNED_IN, url: '/api/organisation' },
  'PUT /api/organisation/services': {
    allowed: ['admin', 'otherOrg'],
    url: '/api/organisation/services',
    body: () => ({ services: DEFAULT_SERVICE_CATALOGUE }),
  },
  'GET /api/organisation/retention': {
    allowed: [...ORG_PEOPLE, 'otherOrg'],
    url: '/api/organisation/retention',
  },
  'PUT /api/organisation/retention': {
    allowed: ['admin', 'otherOrg'],
    url: '/api/organisation/retention',
    body: () => ({ retention: RETENTION }),
  },
  // The directory: the organisation's people read it (another organisation reads its own); guests do not.
  'GET /api/directory/people': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/directory/people?q=a' },
  'GET /api/directory/teams': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/directory/teams' },
  'GET /api/directory/targets': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/directory/targets' },
  // Admins edit it; another organisation's admin cannot reach ours (404 for our real entries).
  'PUT /api/directory/people/:userId': {
    allowed: ['admin'],
    url: '/api/directory/people/demo-social',
    body: () => ({ tasks: ['sosiaaliohjaus', 'päihdetyö'], areas: ['keskusta'] }),
    isRealTarget: true,
  },
  'PUT /api/directory/teams/:id': {
    allowed: ['admin'],
    url: '/api/directory/teams/adult-social-work-team',
    body: () => DEMO_TEAM,
    isRealTarget: true,
  },
  'PUT /api/directory/targets/:id': {
    allowed: ['admin'],
    url: '/api/directory/targets/adult-social-work',
    body: () => DEMO_TARGET,
    isRealTarget: true,
  },
  // otherOrg may create in its own organisation (here refused as invalid: our people are not theirs).
  'POST /api/directory/teams': {
    allowed: ['admin', 'otherOrg'],
    url: '/api/directory/teams',
    body: (role) => ({ ...DEMO_TEAM, name: `Matriisi ${role}` }),
  },
  'POST /api/directory/targets': {
    allowed: ['admin', 'otherOrg'],
    url: '/api/directory/targets',
    body: (role) => ({ ...DEMO_TARGET, name: `Matriisi ${role}` }),
  },
  // Any professional of the organisation sends; another organisation cannot send to our pool.
  'POST /api/consults': {
    allowed: ORG_PEOPLE,
    url: '/api/consults',
    body: () => ({
      targetId: 'adult-social-work',
      urgency: '7d',
      question: 'Matriisin kysymys',
      caseSummary: 'Matriisin tapauskuvaus',
    }),
    isRealTarget: true,
  },
  // One's own boxes (another organisation gets its own, empty list).
  'GET /api/consults': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/consults' },
  // Staff and pool leads (the chair leads adult social work); otherOrg's admin sees its own organisation's.
  'GET /api/consults/figures': {
    allowed: ['chair', ...ORG_STAFF, 'otherOrg'],
    url: '/api/consults/figures?month=2026-01',
  },
  'GET /api/consults/figures.csv': {
    allowed: ['chair', ...ORG_STAFF, 'otherOrg'],
    url: '/api/consults/figures.csv?month=2026-01',
  },
  // The consultation: its requester (deputy), its pool and lead, and the organisation's staff.
  'GET /api/consults/:id': {
    allowed: [...POOL, 'deputy', ...ORG_STAFF],
    url: consultUrl(),
    isRealTarget: true,
  },
  // Accepting: pool members only, never the requester; the participant takes it, the chair then gets
  // CONFLICT (the door was open). From here on the participant owns it.
  'POST /api/consults/:id/actions': {
    allowed: POOL,
    url: consultUrl('/actions'),
    body: () => ({ action: 'accept' }),
    isRealTarget: true,
  },
  // The two parties only: requester and owner; not the pool's lead, not staff.
  'GET /api/consults/:id/client-reference': {
    allowed: ['participant', 'deputy'],
    url: consultUrl('/client-reference'),
    isRealTarget: true,
  },
  'POST /api/consults/:id/call': {
    allowed: ['participant', 'deputy'],
    url: consultUrl('/call'),
    body: () => ({ inviteUserIds: [] }),
    isRealTarget: true,
  },
  // Parties and staff (the consultation is still open, so the allowed ones get CONFLICT).
  'GET /api/consults/:id/fhir': {
    allowed: ['participant', 'deputy', ...ORG_STAFF],
    url: consultUrl('/fhir'),
    isRealTarget: true,
  },
  // One's own notifications; guests have none.
  'GET /api/notifications': { allowed: [...ORG_PEOPLE, 'otherOrg'], url: '/api/notifications' },
  'POST /api/notifications/read': {
    allowed: [...ORG_PEOPLE, 'otherOrg'],
    url: '/api/notifications/read',
    body: () => ({ all: true }),
  },
  // Last: it ends the session the other rows use.
  'POST /api/auth/logout': { allowed: ANYONE, url: '/api/auth/logout' },
};

interface SocketCase {
  allowed: readonly Role[];
  payload: (role: Role) => unknown;
}

const inRoom = () => ({ roomId: ROOM });
const IN_CALL: readonly Role[] = [...ROOM_MEMBERS, ...ORG_STAFF];
const DTLS = { role: 'client', fingerprints: [{ algorithm: 'sha-256', value: 'AB:CD' }] };

/**
 * Socket commands, in the order they are tried (harmful ones last). Guests and other organisations
 * wait in the lobby; organisers and admins act without having joined.
 */
const SOCKET: Record<CommandName, SocketCase> = {
  'room:join': { allowed: [...ROOM_MEMBERS, ...ORG_STAFF], payload: inRoom },
  'queue:sync': { allowed: [...ROOM_MEMBERS, ...ORG_STAFF], payload: inRoom },
  'chat:history': { allowed: [...ROOM_MEMBERS, ...ORG_STAFF], payload: inRoom },
  'lobby:knock': { allowed: SIGNED_IN, payload: inRoom },
  'lobby:list': { allowed: MODERATORS, payload: inRoom },
  'lobby:admit': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, userId: 'nobody-waiting' }) },
  'lobby:decline': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, userId: 'nobody-waiting' }) },
  'chat:send': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    payload: (role) => ({ roomId: ROOM, text: 'Matriisi', clientId: `matrix-${role}-0001` }),
  },
  'chat:delete': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, messageId: 'no-such-message' }) },
  'chat:set-enabled': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, isEnabled: true }) },
  'session:enter': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    payload: () => ({ roomId: ROOM, displayName: 'Matriisi', profession: 'Testaaja', serviceId: 'kela' }),
  },
  'queue:declare': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    payload: () => ({ roomId: ROOM, caseCount: 0, topics: [] }),
  },
  'queue:add-phenomenon': {
    allowed: [...ROOM_MEMBERS, ...ORG_STAFF],
    payload: () => ({ roomId: ROOM, title: 'Matriisi' }),
  },
  'queue:raise-hand': { allowed: [...ROOM_MEMBERS, ...ORG_STAFF], payload: inRoom },
  'queue:lower-hand': { allowed: [...ROOM_MEMBERS, ...ORG_STAFF], payload: inRoom },
  'queue:edit-item': {
    allowed: ['chair', 'deputy'],
    payload: () => ({ roomId: ROOM, itemId: 'no-such-item', title: 'Matriisi' }),
  },
  'queue:withdraw': {
    allowed: ['chair', 'deputy'],
    payload: () => ({ roomId: ROOM, itemId: 'no-such-item' }),
  },
  'queue:reorder': { allowed: ['chair', 'deputy'], payload: () => ({ roomId: ROOM, itemIds: [] }) },
  'queue:start': { allowed: ['chair', 'deputy'], payload: inRoom },
  'queue:extend': { allowed: ['chair', 'deputy'], payload: () => ({ roomId: ROOM, minutes: 1 }) },
  'queue:defer': { allowed: ['chair', 'deputy'], payload: () => ({ roomId: ROOM, itemId: 'no-such-item' }) },
  'queue:finish': { allowed: ['chair', 'deputy'], payload: inRoom },
  'queue:give-floor': {
    allowed: ['chair', 'deputy'],
    payload: () => ({ roomId: ROOM, userId: 'demo-social' }),
  },
  'queue:clear-hands': { allowed: ['chair', 'deputy'], payload: inRoom },
  // The acting chair hands over; organisers and admins name one when nobody chairs.
  'session:assign-chair': {
    allowed: ['chair', ...ORG_STAFF],
    payload: () => ({ roomId: ROOM, userId: 'demo-chair' }),
  },
  'room:set-role': {
    allowed: MODERATORS,
    payload: () => ({ roomId: ROOM, userId: 'demo-kela', role: 'participant' }),
  },
  'room:leave': { allowed: SIGNED_IN, payload: inRoom },
  'session:end': { allowed: ['chair', 'deputy'], payload: inRoom },
  // Video: members of the room take part (organisers and admins are members by now: they entered the
  // session above); the matrix server has no media process, so an authorised command gets UNAVAILABLE.
  'media:join': { allowed: IN_CALL, payload: inRoom },
  'media:create-transport': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, direction: 'send' }) },
  'media:connect-transport': {
    allowed: IN_CALL,
    payload: () => ({ roomId: ROOM, transportId: 't-1', dtlsParameters: DTLS }),
  },
  'media:produce': {
    allowed: IN_CALL,
    payload: () => ({
      roomId: ROOM,
      transportId: 't-1',
      kind: 'audio',
      source: 'mic',
      rtpParameters: { codecs: [{ mimeType: 'audio/opus' }] },
    }),
  },
  'media:consume': {
    allowed: IN_CALL,
    payload: () => ({ roomId: ROOM, producerId: 'p-1', rtpCapabilities: { codecs: [] } }),
  },
  'media:resume-consumer': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, consumerId: 'c-1' }) },
  'media:pause-consumer': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, consumerId: 'c-1' }) },
  'media:set-preferred-layers': {
    allowed: IN_CALL,
    payload: () => ({ roomId: ROOM, consumerId: 'c-1', spatialLayer: 1 }),
  },
  'media:pause-producer': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, producerId: 'p-1' }) },
  'media:resume-producer': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, producerId: 'p-1' }) },
  'media:close-producer': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, producerId: 'p-1' }) },
  'media:restart-ice': { allowed: IN_CALL, payload: () => ({ roomId: ROOM, transportId: 't-1' }) },
  'media:leave': { allowed: IN_CALL, payload: inRoom },
  'media:mute': {
    allowed: MODERATORS,
    payload: () => ({ roomId: ROOM, userId: 'demo-social', source: 'mic' }),
  },
  'media:mute-all': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, exceptUserIds: [] }) },
  'media:lock-unmute': { allowed: MODERATORS, payload: () => ({ roomId: ROOM, isLocked: false }) },
};

const DENIED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

interface Layer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
  match(path: string): boolean;
}

/** Every "METHOD /path" the express app serves under a string path, read from its router stack. */
function routesOf(server: TestServer): string[] {
  const app = server.app.express as unknown as { router: { stack: Layer[] } };
  const found: string[] = [];
  const walk = (stack: Layer[], prefix: string): void => {
    for (const layer of stack) {
      // The client's static files and page fallback are matched by regular expressions, not APIs.
      if (layer.route && typeof layer.route.path === 'string') {
        for (const [method, on] of Object.entries(layer.route.methods)) {
          if (on && method !== '_all') found.push(`${method.toUpperCase()} ${prefix}${layer.route.path}`);
        }
      } else if (layer.handle.stack) {
        walk(layer.handle.stack, layer.match('/api/probe') && !layer.match('/probe') ? '/api' : prefix);
      }
    }
  };
  walk(app.router.stack, '');
  return found;
}

let server: TestServer;
const cookies = new Map<Role, string>();
const sockets = new Map<Role, TestSocket>();
const OTHER_PASSWORD = 'other-org-password';

async function createAccounts(): Promise<void> {
  const passwordHash = await hashPassword(OTHER_PASSWORD);
  const user = (id: string, orgId: string, roles: ('organiser' | 'admin')[]) => ({
    id: UserId.parse(id),
    orgId: OrgId.parse(orgId),
    username: id.replace('-', '.'),
    passwordHash,
    displayName: 'Matriisi Käyttäjä',
    profession: 'Testaaja',
    services: [ServiceId.parse('kela')],
    roles,
    createdAt: new Date().toISOString(),
  });
  await server.store.organisations.create({
    id: OrgId.parse('other-org'),
    name: 'Naapurialue',
    services: [...DEFAULT_SERVICE_CATALOGUE],
  });
  await server.store.users.create(user('demo-organiser', 'demo-org', ['organiser']));
  await server.store.users.create(user('other-admin', 'other-org', ['admin']));
}

async function guestCookie(chairCookie: string): Promise<string> {
  const created = await fetch(`${server.url}/api/rooms/${ROOM}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: chairCookie },
    body: JSON.stringify({ role: 'participant', ttlHours: 1 }),
  });
  const { token } = (await created.json()) as { token: string };
  const accepted = await fetch(`${server.url}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      displayName: 'Kutsuttu Vieras',
      profession: 'Kelan yhteyshenkilö',
      serviceId: 'kela',
    }),
  });
  return (accepted.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

async function createConsult(nurseCookie: string): Promise<string> {
  const res = await fetch(`${server.url}/api/consults`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: nurseCookie },
    body: JSON.stringify({
      targetId: 'adult-social-work',
      urgency: '7d',
      question: 'Matriisin kysymys',
      caseSummary: 'Matriisin tapauskuvaus',
      identification: {
        clientReference: 'MATRIISI-VIITE-0001',
        consent: { givenBy: 'client', givenOn: '2026-01-05', scope: 'Matriisin konsultaatio' },
      },
    }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

beforeAll(async () => {
  server = await startTestServer({ socketCommandsPerSecond: 1000, chatMessagesPer10s: 1000 });
  await createAccounts();
  const series = await fetch(`${server.url}/api/series/${SERIES}?count=1`, {
    headers: { cookie: await login(server.url, 'demo.admin', server.demoPassword) },
  });
  ROOM = ((await series.json()) as { upcoming: { roomId: string }[] }).upcoming[0]?.roomId ?? '';
  const usernames: Partial<Record<Role, [string, string]>> = {
    participant: ['demo.social', server.demoPassword],
    chair: ['demo.chair', server.demoPassword],
    deputy: ['demo.nurse', server.demoPassword],
    organiser: ['demo.organiser', OTHER_PASSWORD],
    admin: ['demo.admin', server.demoPassword],
    otherOrg: ['other.admin', OTHER_PASSWORD],
  };
  for (const [role, [username, password]] of Object.entries(usernames) as [Role, [string, string]][])
    cookies.set(role, await login(server.url, username, password));
  cookies.set('guestInLobby', await guestCookie(cookies.get('chair') ?? ''));
  CONSULT = await createConsult(cookies.get('deputy') ?? '');
  for (const role of SIGNED_IN) sockets.set(role, await connect(server.url, cookies.get(role)));
  for (const role of ROOM_MEMBERS) await send(sockets.get(role)!, 'room:join', { roomId: ROOM });
  for (const role of ['guestInLobby', 'otherOrg'] as const)
    await send(sockets.get(role)!, 'lobby:knock', { roomId: ROOM });
});

afterAll(async () => {
  for (const socket of sockets.values()) socket.close();
  await server.close();
});

interface Outcome {
  key: string;
  role: Role;
  got: 'allow' | 'deny';
  detail: string;
  allowed: readonly Role[];
}

/** Every cell that differs from the declaration, as one readable line each. */
function mismatches(results: Outcome[]): string[] {
  return results
    .filter((r) => (r.got === 'allow') !== r.allowed.includes(r.role))
    .map((r) => `${r.key} as ${r.role}: expected ${r.got === 'allow' ? 'deny' : 'allow'}, got ${r.detail}`);
}

describe('authorisation matrix', () => {
  it('[AZ1] every REST route of the router stack is declared, and no declared route is stale', () => {
    const served = routesOf(server);
    const undeclared = served.filter((r) => !(r in REST));
    const stale = Object.keys(REST).filter((r) => !served.includes(r));
    expect(undeclared, 'add these routes to REST in test/integration/authorisation-matrix.test.ts').toEqual(
      [],
    );
    expect(stale, 'these REST rows name routes the server no longer has').toEqual([]);
  });

  it('[AZ2] every socket command is declared', () => {
    const undeclared = Object.keys(commands).filter((c) => !(c in SOCKET));
    expect(
      undeclared,
      'add these commands to SOCKET in test/integration/authorisation-matrix.test.ts',
    ).toEqual([]);
  });

  it('[AZ3] every socket command, as every role, is allowed or refused as declared', async () => {
    const results: Outcome[] = [];
    for (const [name, rule] of Object.entries(SOCKET) as [CommandName, SocketCase][]) {
      for (const role of SIGNED_IN) {
        const ack = await send(sockets.get(role)!, name, rule.payload(role));
        const got = !ack.ok && DENIED_CODES.has(ack.error.code) ? 'deny' : 'allow';
        results.push({ key: name, role, got, detail: ack.ok ? 'ok' : ack.error.code, allowed: rule.allowed });
      }
    }
    expect(mismatches(results)).toEqual([]);
  });

  it('[AZ4] a signed-out client gets no socket at all', async () => {
    const refused = await connect(server.url).then(
      () => undefined,
      (err: unknown) => (err as { data?: { code?: string } }).data?.code,
    );
    expect(refused).toBe('UNAUTHENTICATED');
  });

  it('[AZ5] every REST route, as every role, is allowed or refused as declared', async () => {
    const results: Outcome[] = [];
    for (const [key, rule] of Object.entries(REST)) {
      const method = key.split(' ')[0] ?? 'GET';
      for (const role of ROLES) {
        const cookie = cookies.get(role);
        const body = rule.body?.(role);
        const url = typeof rule.url === 'string' ? rule.url : rule.url();
        const res = await fetch(`${server.url}${url}`, {
          method,
          redirect: 'manual',
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        await res.arrayBuffer();
        const isRefused =
          res.status === 401 || res.status === 403 || (rule.isRealTarget === true && res.status === 404);
        const got = isRefused ? 'deny' : 'allow';
        results.push({ key, role, got, detail: String(res.status), allowed: rule.allowed });
      }
    }
    expect(mismatches(results)).toEqual([]);
  });
});
