import { DateTime } from 'luxon';
import {
  DEFAULT_SERVICE_CATALOGUE,
  OrgId,
  OrgRole,
  RoomId,
  RoomKind,
  RoomRole,
  RoomStatus,
  SeriesId,
  ServiceId,
  TargetId,
  TeamId,
  UserId,
  type ConsultTarget,
  type Room,
  type Series,
  type RoomRole as RoomRoleT,
} from '@konsiili/shared';
import { hashPassword } from '../auth/password.ts';
import { nextHeldOccurrence } from '../ppt/occurrences.ts';
import { provisionOccurrence } from '../ppt/series.service.ts';
import type { UserRecord } from '../auth/user.store.ts';
import type { Store } from '../storage/store.ts';

export const DEMO_ORG_ID = OrgId.parse('demo-org');
export const DEMO_SERIES_ID = SeriesId.parse('demo-keskusta');

interface DemoUser {
  username: string;
  displayName: string;
  profession: string;
  service: string;
  roles: OrgRole[];
}

/** Invented people for the demo organisation; the names are deliberately generic role labels. */
export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'demo.admin',
    displayName: 'Demo Admin',
    profession: 'Palveluesimies',
    service: 'health-station',
    roles: [OrgRole.ADMIN, OrgRole.ORGANISER],
  },
  {
    username: 'demo.chair',
    displayName: 'Demo Puheenjohtaja',
    profession: 'Sosiaalityöntekijä',
    service: 'adult-social-work',
    roles: [OrgRole.PROFESSIONAL],
  },
  {
    username: 'demo.nurse',
    displayName: 'Demo Sairaanhoitaja',
    profession: 'Sairaanhoitaja',
    service: 'health-station',
    roles: [OrgRole.PROFESSIONAL],
  },
  {
    username: 'demo.social',
    displayName: 'Demo Sosiaaliohjaaja',
    profession: 'Sosiaaliohjaaja',
    service: 'mental-health-substance',
    roles: [OrgRole.PROFESSIONAL],
  },
  {
    username: 'demo.kela',
    displayName: 'Demo Kela-yhdyshenkilö',
    profession: 'Kelan yhteyshenkilö',
    service: 'kela',
    roles: [OrgRole.PROFESSIONAL],
  },
];

function nextWeekday(now: Date, weekday: number, hour: number): DateTime {
  const local = DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' });
  let day = local.set({ hour, minute: 0, second: 0, millisecond: 0 });
  while (day.weekday !== weekday || day.plus({ hours: 1 }) <= local) day = day.plus({ days: 1 });
  return day;
}

/**
 * Seeds the demo organisation, its users and a room of each kind, once. Returns whether it seeded,
 * so start-up can print the demo accounts.
 */
export async function seedDemo(store: Store, options: { password: string; now: Date }): Promise<boolean> {
  if (await store.organisations.get(DEMO_ORG_ID)) return false;
  const nowIso = options.now.toISOString();
  await store.organisations.create({
    id: DEMO_ORG_ID,
    name: 'Demo-hyvinvointialue',
    services: [...DEFAULT_SERVICE_CATALOGUE],
  });

  const passwordHash = await hashPassword(options.password);
  const users: UserRecord[] = DEMO_USERS.map((u) => ({
    id: UserId.parse(u.username.replace('.', '-')),
    orgId: DEMO_ORG_ID,
    username: u.username,
    passwordHash,
    displayName: u.displayName,
    profession: u.profession,
    services: [ServiceId.parse(u.service)],
    roles: u.roles,
    createdAt: nowIso,
  }));
  for (const user of users) await store.users.create(user);

  const admin = users[0];
  if (!admin) return true;
  const ppt = nextWeekday(options.now, 3, 13);
  const kela = nextWeekday(options.now, 4, 10);
  const rooms: { room: Room; roles: Record<string, RoomRoleT> }[] = [
    {
      room: {
        id: RoomId.parse('demo-ppt'),
        orgId: DEMO_ORG_ID,
        kind: RoomKind.PPT_SESSION,
        title: 'PPT-konsultaatio – Keskustan sote-keskus',
        status: RoomStatus.SCHEDULED,
        startsAt: ppt.toISO() ?? nowIso,
        durationMinutes: 60,
        createdBy: admin.id,
        createdAt: nowIso,
      },
      roles: {
        'demo.chair': RoomRole.CHAIR,
        'demo.nurse': RoomRole.DEPUTY_CHAIR,
        'demo.social': RoomRole.PARTICIPANT,
        'demo.kela': RoomRole.PARTICIPANT,
      },
    },
    {
      room: {
        id: RoomId.parse('demo-kela-hour'),
        orgId: DEMO_ORG_ID,
        kind: RoomKind.KELA_HOUR,
        title: 'Kelan yhteistyötunti',
        status: RoomStatus.SCHEDULED,
        startsAt: kela.toISO() ?? nowIso,
        durationMinutes: 60,
        createdBy: admin.id,
        createdAt: nowIso,
      },
      roles: {
        'demo.kela': RoomRole.KELA_LIAISON,
        'demo.chair': RoomRole.PARTICIPANT,
        'demo.social': RoomRole.PARTICIPANT,
      },
    },
    {
      room: {
        id: RoomId.parse('demo-econsult'),
        orgId: DEMO_ORG_ID,
        kind: RoomKind.E_CONSULTATION,
        title: 'Etäkonsultaatio: perusterveydenhuolto – sosiaalipalvelut',
        status: RoomStatus.OPEN,
        createdBy: admin.id,
        createdAt: nowIso,
      },
      roles: { 'demo.nurse': RoomRole.OWNER, 'demo.chair': RoomRole.PARTICIPANT },
    },
  ];
  for (const { room, roles } of rooms) {
    await store.rooms.create(room);
    for (const [username, role] of Object.entries(roles)) {
      const user = users.find((u) => u.username === username);
      if (!user) continue;
      await store.rooms.putMember({
        roomId: room.id,
        userId: user.id,
        role,
        displayName: user.displayName,
        profession: user.profession,
        ...(user.services[0] ? { serviceId: user.services[0] } : {}),
      });
    }
  }
  await seedDemoSeries(store, users, options.now);
  await seedDemoDirectory(store);
  return true;
}

const uid = (username: string) => UserId.parse(username.replace('.', '-'));
const WORKDAYS_8_16 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '16:00' }));

/** Demo consultation targets: [id, kind, name, lead, consultants]. demo.social answers adult social work. */
const DEMO_TARGETS: readonly [string, ConsultTarget['kind'], string, string, string[]][] = [
  ['psychiatry', 'specialty', 'Psykiatria', 'demo.admin', ['demo.admin']],
  ['geriatrics', 'specialty', 'Geriatria', 'demo.admin', ['demo.admin']],
  ['internal-medicine', 'specialty', 'Sisätaudit', 'demo.admin', ['demo.admin']],
  ['paediatrics', 'specialty', 'Lastentaudit', 'demo.admin', ['demo.admin']],
  ['adult-social-work', 'social_services', 'Aikuissosiaalityö', 'demo.chair', ['demo.social', 'demo.chair']],
  ['disability-services', 'social_services', 'Vammaispalvelut', 'demo.chair', ['demo.chair']],
  ['child-family-services', 'social_services', 'Lapsi- ja perhepalvelut', 'demo.chair', ['demo.chair']],
  ['substance-abuse-services', 'social_services', 'Päihdepalvelut', 'demo.chair', ['demo.social']],
  ['kela', 'kela', 'Kela', 'demo.kela', ['demo.kela']],
];

/** The directory of the demo organisation: targets with pools and duty hours, a team, tasks and areas. */
async function seedDemoDirectory(store: Store): Promise<void> {
  for (const [id, kind, name, lead, consultants] of DEMO_TARGETS) {
    await store.directory.putTarget({
      id: TargetId.parse(id),
      orgId: DEMO_ORG_ID,
      kind,
      name,
      leadUserId: uid(lead),
      consultantUserIds: consultants.map(uid),
      dutyHours: WORKDAYS_8_16,
    });
  }
  await store.directory.putTeam({
    id: TeamId.parse('adult-social-work-team'),
    orgId: DEMO_ORG_ID,
    name: 'Aikuissosiaalityön moniammatillinen tiimi',
    leadUserId: uid('demo.chair'),
    memberUserIds: [uid('demo.social'), uid('demo.nurse')],
    referralIndications: 'Toimeentulon, asumisen tai arjen hallinnan pitkittyneet vaikeudet.',
  });
  const profiles: [string, string[], string[]][] = [
    ['demo.social', ['sosiaaliohjaus', 'päihdetyö'], ['keskusta']],
    ['demo.nurse', ['vastaanotto', 'hoidontarpeen arviointi'], ['keskusta', 'pohjoinen']],
    ['demo.chair', ['aikuissosiaalityö', 'PPT-puheenjohtaja'], ['koko alue']],
    ['demo.kela', ['Kela-etuudet'], ['koko alue']],
  ];
  for (const [username, tasks, areas] of profiles) {
    await store.directory.putProfile({ orgId: DEMO_ORG_ID, userId: uid(username), tasks, areas });
  }
}

/**
 * The centre's weekly PPT slot (Wednesdays 13:00), with its next occurrence already provisioned and
 * everyone of the demo organisation in it, so each demo user finds it on the home page.
 */
async function seedDemoSeries(store: Store, users: readonly UserRecord[], now: Date): Promise<void> {
  const byUsername = (username: string) => users.find((u) => u.username === username);
  const chair = byUsername('demo.chair');
  const deputy = byUsername('demo.nurse');
  if (!chair || !deputy) return;
  const series: Series = {
    id: DEMO_SERIES_ID,
    orgId: DEMO_ORG_ID,
    centreName: 'Keskustan sote-keskus',
    weekday: 3,
    startTime: '13:00',
    durationMinutes: 60,
    timeZone: 'Europe/Helsinki',
    firstDate: DateTime.fromJSDate(now, { zone: 'Europe/Helsinki' }).toISODate() ?? '2026-01-07',
    exceptions: [],
    requiredServices: ['health-station', 'mental-health-substance', 'adult-social-work', 'kela'].map((id) =>
      ServiceId.parse(id),
    ),
    chairId: chair.id,
    deputyChairId: deputy.id,
    membersSkipLobby: true,
    createdAt: now.toISOString(),
  };
  await store.ppt.createSeries(series);
  const next = nextHeldOccurrence(series, now);
  if (!next) return;
  await provisionOccurrence(store, series, next, now);
  for (const username of ['demo.social', 'demo.kela']) {
    const user = byUsername(username);
    if (!user) continue;
    await store.rooms.putMember({
      roomId: next.roomId,
      userId: user.id,
      role: RoomRole.PARTICIPANT,
      displayName: user.displayName,
      profession: user.profession,
      ...(user.services[0] ? { serviceId: user.services[0] } : {}),
    });
  }
}
