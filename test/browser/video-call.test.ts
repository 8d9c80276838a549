import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { connect, login, send } from '../support/clients.ts';
import { testWorkerBin } from '../support/media.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { CallPage } from './pages/CallPage.ts';
import { LoginPage } from './pages/LoginPage.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
/** The demo e-consultation: the nurse owns it (moderates the call), the chair takes part. */
const ROOM = 'demo-econsult';
const OWNER = { username: 'demo.nurse', name: 'Demo Sairaanhoitaja' };
const PARTICIPANT = { username: 'demo.chair', name: 'Demo Puheenjohtaja' };

// testWorkerBin() warns and returns undefined without a worker, or throws when
// KONSIILI_REQUIRE_MEDIA_WORKER=1, so CI fails instead of skipping.
const hasWorker = testWorkerBin() !== undefined;

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function enter(user: {
  username: string;
}): Promise<{ page: Page; call: CallPage; context: BrowserContext }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    permissions: ['camera', 'microphone'],
  });
  contexts.push(context);
  const page = await context.newPage();
  await CallPage.installStatsProbe(page);
  const login = new LoginPage(page, server.url);
  await login.open(`/rooms/${ROOM}`);
  await login.signIn(user.username, server.demoPassword);
  const call = new CallPage(page);
  await call.join();
  return { page, call, context };
}

/** The mediasoup worker processes the media process runs (its children). */
function workerPids(mediaPid: number): number[] {
  const out = execFileSync('ps', ['-o', 'pid=', '--ppid', String(mediaPid)], { encoding: 'utf8' });
  return out
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((pid) => Number.isInteger(pid) && pid > 0);
}

describe.skipIf(!hasWorker)('video call in a room (Chromium, fake devices)', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ seedDemo: true, media: { workers: 1 } });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--use-fake-device-for-media-stream',
        '--use-fake-ui-for-media-stream',
        '--auto-select-desktop-capture-source=Entire screen',
        '--autoplay-policy=no-user-gesture-required',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    // Guarded: when beforeAll failed half-way, the first error is the one worth reading.
    await (browser as Browser | undefined)?.close();
    await (server as TestServer | undefined)?.close();
  });

  it('two people see and hear each other; the owner mutes; a participant cannot; screen share; reconnect; worker dies', async () => {
    onTestFailed(async () => {
      for (const [index, page] of contexts.flatMap((c) => c.pages()).entries()) {
        await page.screenshot({ path: path.join(ARTIFACTS, `video-call-failure-${String(index)}.png`) });
      }
    });
    const owner = await enter(OWNER);
    const participant = await enter(PARTICIPANT);

    // Each decodes the other's video and receives audio.
    await owner.call.tile(PARTICIPANT.name).first().locator('video').waitFor();
    await participant.call.tile(OWNER.name).first().locator('video').waitFor();
    expect((await owner.call.waitForFlowingMedia()).framesDecoded).toBeGreaterThan(0);
    expect((await participant.call.waitForFlowingMedia()).framesDecoded).toBeGreaterThan(0);
    await owner.page.screenshot({ path: path.join(ARTIFACTS, 'video-call-two-fi.png') });

    // The owner mutes the participant's microphone: paused on the server, and both UIs say so.
    const micButton = participant.call.toggle('Mikrofoni');
    expect(await micButton.getAttribute('aria-pressed')).toBe('true');
    await owner.call.moderate(PARTICIPANT.name, 'Mykistä mikrofoni');
    await owner.call.tile(PARTICIPANT.name).first().getByRole('img', { name: 'Mikrofoni pois' }).waitFor();
    await participant.page.getByText('Puheenjohtaja mykisti mikrofonisi.').waitFor();
    expect(await micButton.getAttribute('aria-pressed')).toBe('false');
    await owner.page.screenshot({ path: path.join(ARTIFACTS, 'video-call-muted-fi.png') });

    // A participant trying to mute someone is refused by the server.
    const participantCookie = await login(server.url, PARTICIPANT.username, server.demoPassword);
    const socket = await connect(server.url, participantCookie);
    try {
      const ack = await send(socket, 'media:mute', { roomId: ROOM, userId: 'demo-nurse', source: 'mic' });
      expect(ack.ok ? 'ok' : ack.error.code).toBe('FORBIDDEN');
    } finally {
      socket.close();
    }

    // Unmuting is not locked, so the participant unmutes themselves.
    await micButton.click();
    await owner.call
      .tile(PARTICIPANT.name)
      .first()
      .getByRole('img', { name: 'Mikrofoni pois' })
      .waitFor({ state: 'detached' });
    expect(await micButton.getAttribute('aria-pressed')).toBe('true');

    // Screen share reaches the other side as its own large tile with decoded frames.
    await participant.call.toggle('Jaa näyttö').click();
    await owner.call.screenTile().locator('video').waitFor();
    await owner.call.waitForFlowingMedia();
    await owner.page.screenshot({ path: path.join(ARTIFACTS, 'video-call-screen-fi.png') });
    await participant.call.toggle('Jaa näyttö').click();
    await owner.call.screenTile().waitFor({ state: 'detached' });

    // The participant's network drops and comes back: the socket reconnects (new socket id, so the server
    // dropped the old peer), the call re-joins on new transports and video flows again both ways.
    const participantConnections = await participant.call.connectionCount();
    await participant.context.setOffline(true);
    await participant.page.locator('.reconnecting-banner').waitFor({ timeout: 30_000 });
    await participant.context.setOffline(false);
    await participant.page.locator('.reconnecting-banner').waitFor({ state: 'detached', timeout: 30_000 });
    await participant.call.waitForConnections(participantConnections + 2);
    await participant.call.waitForFlowingMedia();
    await owner.call.waitForFlowingMedia();

    // A killed worker: the media process replaces it and tells everyone media:restart; both re-join.
    const mediaPid = server.media?.pid;
    expect(mediaPid).toBeDefined();
    const workers = workerPids(mediaPid ?? 0);
    expect(workers.length).toBeGreaterThan(0);
    const ownerConnections = await owner.call.connectionCount();
    const participantBefore = await participant.call.connectionCount();
    for (const pid of workers) process.kill(pid, 'SIGKILL');
    await owner.call.waitForConnections(ownerConnections + 2);
    await participant.call.waitForConnections(participantBefore + 2);
    expect((await owner.call.waitForFlowingMedia()).framesDecoded).toBeGreaterThan(0);
    expect((await participant.call.waitForFlowingMedia()).framesDecoded).toBeGreaterThan(0);
    await owner.page.screenshot({ path: path.join(ARTIFACTS, 'video-call-recovered-fi.png') });
  }, 240_000);
});
