import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DirectoryPeopleList, DirectoryPerson, TargetList, Team, TeamList } from '@konsiili/shared';
import { api } from '../support/api.ts';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let nurse: string;
let admin: string;
beforeEach(async () => {
  server = await startTestServer();
  nurse = await login(server.url, 'demo.nurse', server.demoPassword);
  admin = await login(server.url, 'demo.admin', server.demoPassword);
});
afterEach(async () => {
  await server.close();
});

describe('professional directory', () => {
  it('anyone signed in searches people by text, service and profession', async () => {
    const all = await api<DirectoryPeopleList>(server.url, nurse, 'GET', '/directory/people');
    expect(all.status).toBe(200);
    expect(all.body.people).toHaveLength(5);
    const byTask = await api<DirectoryPeopleList>(
      server.url,
      nurse,
      'GET',
      '/directory/people?q=p%C3%A4ihde',
    );
    expect(byTask.body.people.map((p) => p.userId)).toEqual(['demo-social']);
    expect(byTask.body.people[0]?.teamIds).toEqual(['adult-social-work-team']);
    const byService = await api<DirectoryPeopleList>(
      server.url,
      nurse,
      'GET',
      '/directory/people?serviceId=kela',
    );
    expect(byService.body.people.map((p) => p.userId)).toEqual(['demo-kela']);
    const byProfession = await api<DirectoryPeopleList>(
      server.url,
      nurse,
      'GET',
      '/directory/people?profession=sairaanhoitaja',
    );
    expect(byProfession.body.people.map((p) => p.userId)).toEqual(['demo-nurse']);
  });

  it('refuses the unauthenticated and bad queries', async () => {
    expect((await api(server.url, '', 'GET', '/directory/people')).status).toBe(401);
    expect((await api(server.url, nurse, 'GET', '/directory/people?serviceId=bad%20id')).body).toMatchObject({
      code: 'VALIDATION',
    });
  });

  it('only admins edit a person; tasks pass the guard', async () => {
    const body = { tasks: ['Soita 040 1234567 aamuisin'], areas: ['pohjoinen'] };
    expect((await api(server.url, nurse, 'PUT', '/directory/people/demo-social', body)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await api(server.url, admin, 'PUT', '/directory/people/demo-social', { tasks: 'x' })).body,
    ).toMatchObject({ code: 'VALIDATION' });
    expect((await api(server.url, admin, 'PUT', '/directory/people/nobody', body)).status).toBe(404);
    const saved = await api<DirectoryPerson>(server.url, admin, 'PUT', '/directory/people/demo-social', body);
    expect(saved.status).toBe(200);
    expect(saved.body.areas).toEqual(['pohjoinen']);
    expect(saved.body.tasks[0]).not.toContain('1234567');
  });

  it('teams: admins create and edit, everyone lists; members must be of the organisation', async () => {
    const team = {
      name: 'Ikäihmisten tiimi',
      leadUserId: 'demo-chair',
      memberUserIds: ['demo-nurse'],
      referralIndications: 'Muistisairauden epäily',
    };
    expect((await api(server.url, nurse, 'POST', '/directory/teams', team)).body).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(
      (await api(server.url, admin, 'POST', '/directory/teams', { ...team, name: '' })).body,
    ).toMatchObject({
      code: 'VALIDATION',
    });
    expect(
      (await api(server.url, admin, 'POST', '/directory/teams', { ...team, memberUserIds: ['stranger'] }))
        .body,
    ).toMatchObject({ code: 'VALIDATION' });
    const created = await api<Team>(server.url, admin, 'POST', '/directory/teams', team);
    expect(created.status).toBe(201);
    const updated = await api<Team>(server.url, admin, 'PUT', `/directory/teams/${created.body.id}`, {
      ...team,
      name: 'Ikäihmisten moniammatillinen tiimi',
    });
    expect(updated.body.name).toBe('Ikäihmisten moniammatillinen tiimi');
    expect((await api(server.url, nurse, 'PUT', `/directory/teams/${created.body.id}`, team)).status).toBe(
      403,
    );
    const list = await api<TeamList>(server.url, nurse, 'GET', '/directory/teams');
    expect(list.body.teams.map((t) => t.id)).toEqual(['adult-social-work-team', created.body.id]);
  });

  it('targets: the seeded nine, admins add and edit', async () => {
    const list = await api<TargetList>(server.url, nurse, 'GET', '/directory/targets');
    expect(list.body.targets.map((t) => t.kind)).toEqual([
      'specialty',
      'specialty',
      'specialty',
      'specialty',
      'social_services',
      'social_services',
      'social_services',
      'social_services',
      'kela',
    ]);
    const target = {
      kind: 'specialty',
      name: 'Neurologia',
      leadUserId: 'demo-admin',
      consultantUserIds: ['demo-admin'],
      dutyHours: [{ weekday: 2, start: '09:00', end: '12:00' }],
    };
    expect((await api(server.url, nurse, 'POST', '/directory/targets', target)).status).toBe(403);
    expect(
      (await api(server.url, admin, 'POST', '/directory/targets', { ...target, dutyHours: [{ weekday: 8 }] }))
        .status,
    ).toBe(400);
    const created = await api<{ id: string }>(server.url, admin, 'POST', '/directory/targets', target);
    expect(created.status).toBe(201);
    expect(
      (await api(server.url, admin, 'PUT', `/directory/targets/${created.body.id}`, target)).status,
    ).toBe(200);
    expect((await api(server.url, admin, 'PUT', '/directory/targets/unknown', target)).status).toBe(404);
  });
});
