import { expect } from 'vitest';
import { Organisation } from '@konsiili/shared';
import { connect, login, send } from '../support/clients.ts';
import type { ServerProcess } from '../support/process.ts';

export const PASSWORD = 'durability-test';

/** Writes through the real server and returns once the client has each acknowledgement. */
export async function writeAndAcknowledge(proc: ServerProcess): Promise<void> {
  const admin = await login(proc.url, 'demo.admin', PASSWORD);
  const org = Organisation.parse(
    await (await fetch(`${proc.url}/api/organisation`, { headers: { cookie: admin } })).json(),
  );
  const renamed = org.services.map((s) => (s.id === 'oral-health' ? { ...s, isActive: false } : s));
  const put = await fetch(`${proc.url}/api/organisation/services`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: admin },
    body: JSON.stringify({ services: renamed }),
  });
  expect(put.status).toBe(200);

  const chair = await connect(proc.url, await login(proc.url, 'demo.chair', PASSWORD));
  const ack = await send(chair, 'room:set-role', {
    roomId: 'demo-ppt',
    userId: 'demo-social',
    role: 'deputy_chair',
  });
  expect(ack.ok).toBe(true);
  chair.close();
}

/** Reads back, after a restart, what writeAndAcknowledge was told was stored. */
export async function expectWritesSurvived(proc: ServerProcess): Promise<void> {
  const admin = await login(proc.url, 'demo.admin', PASSWORD);
  const org = Organisation.parse(
    await (await fetch(`${proc.url}/api/organisation`, { headers: { cookie: admin } })).json(),
  );
  expect(org.services.find((s) => s.id === 'oral-health')?.isActive).toBe(false);

  const social = await connect(proc.url, await login(proc.url, 'demo.social', PASSWORD));
  const joined = await send(social, 'room:join', { roomId: 'demo-ppt' });
  social.close();
  expect(joined).toMatchObject({ ok: true, data: { me: { role: 'deputy_chair' } } });
}
