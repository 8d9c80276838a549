import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ChatPanel } from './pages/ChatPanel.ts';
import { LobbyPanel } from './pages/LobbyPanel.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { axeViolations } from '../support/axe.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
const GUEST = { name: 'Testi Vieras', profession: 'Fysioterapeutti', service: 'Kuntoutus' };
// A synthetic personal identity code with a valid checksum (individual number 900–999: never issued).
const SYNTHETIC_HETU = '010190-902S';
const XSS = '<img src=x onerror="window.__xss=1"> javascript:alert(1)';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface RoomInfo {
  id: string;
  startsAt?: string;
}

async function api<T>(cookie: string, pathname: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(`${server.url}${pathname}`, {
    ...init,
    headers: { cookie, 'content-type': 'application/json', accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${pathname} answered ${String(response.status)}`);
  return (await response.json()) as T;
}

/**
 * The PPT room the chair chairs. The reworked PPT server runs its meeting stage in the rooms it
 * provisions for a series' occurrences; the old standalone 'demo-ppt' room answers ppt:enter with
 * NOT_FOUND, so an occurrence comes first and 'demo-ppt' is only the fallback.
 */
async function chairsPptRoom(cookie: string): Promise<RoomInfo> {
  const home = await api<{ sessions: (RoomInfo & { kind: string; myRole: string })[] }>(cookie, '/api/home');
  const rooms = home.sessions.filter((r) => r.kind === 'ppt_session' && r.myRole === 'chair');
  const room = rooms.find((r) => r.id !== 'demo-ppt') ?? rooms[0];
  if (!room) throw new Error('the chair has no PPT session');
  return room;
}

/**
 * One participant's browser. Its clock starts a minute after the session's start, because the demo
 * session is scheduled for next Wednesday and the join button opens 10 minutes before the start.
 */
async function newPage(startsAt: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  contexts.push(context);
  if (startsAt) await context.clock.install({ time: new Date(Date.parse(startsAt) + 60_000) });
  return context.newPage();
}

/** The PPT prejoin card: name, profession and service, then Join. */
async function enterPpt(page: Page, profile: { name?: string; profession?: string; service: string }) {
  await page.getByRole('heading', { name: 'Ennen liittymistä' }).waitFor();
  if (profile.name) await page.getByLabel('Nimesi tässä tapaamisessa').fill(profile.name);
  if (profile.profession) await page.getByLabel('Ammatti', { exact: true }).fill(profile.profession);
  await page.getByLabel('Palvelu, jota edustat').selectOption({ label: profile.service });
  await page.getByRole('button', { name: 'Liity', exact: true }).click();
}

describe('chat and lobby', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ seedDemo: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close();
    await browser.close();
    await server.close();
  });

  it('lets an invited guest in from the lobby, chats both ways safely, and moderates', async () => {
    // A failure leaves a picture of each participant's page to say where it stopped.
    onTestFailed(async () => {
      const pages = contexts.flatMap((c) => c.pages());
      for (const [index, page] of pages.entries()) {
        await page.screenshot({ path: path.join(ARTIFACTS, `chat-lobby-failure-${String(index)}.png`) });
      }
    });
    const chairCookie = await login(server.url, 'demo.chair', server.demoPassword);
    const room = await chairsPptRoom(chairCookie);
    const invitation = await api<{ token: string }>(chairCookie, `/api/rooms/${room.id}/invitations`, {
      method: 'POST',
      body: JSON.stringify({ role: 'guest' }),
    });

    // The chair enters the meeting stage.
    const chair = await newPage(room.startsAt);
    const chairLogin = new LoginPage(chair, server.url);
    await chairLogin.open(`/rooms/${room.id}`);
    await chairLogin.signIn('demo.chair', server.demoPassword);
    await enterPpt(chair, { service: 'Aikuissosiaalityö' });
    const chairLobby = new LobbyPanel(chair);
    await chairLobby.open();
    await chairLobby.emptyState().waitFor();

    // The guest accepts the invitation and waits at the door.
    const guest = await newPage(room.startsAt);
    await guest.goto(`${server.url}/invite/${invitation.token}`);
    await guest.getByRole('heading', { level: 1, name: 'Kutsu' }).waitFor();
    await guest.getByLabel('Nimesi', { exact: true }).fill(GUEST.name);
    await guest.getByLabel('Ammatti', { exact: true }).fill(GUEST.profession);
    await guest.getByLabel('Palvelu, jota edustat').selectOption({ label: GUEST.service });
    await guest.getByRole('button', { name: 'Hyväksy kutsu ja liity' }).click();
    await guest.waitForURL(new RegExp(`/rooms/${room.id}$`));
    await enterPpt(guest, { name: GUEST.name, profession: GUEST.profession, service: GUEST.service });
    const guestLobby = new LobbyPanel(guest);
    await guestLobby.waitingView().waitFor();
    expect(await axeViolations(guest, { include: ['.lobby-gate'] })).toEqual([]);
    await guest.screenshot({ path: path.join(ARTIFACTS, 'lobby-waiting-fi.png') });

    // The chair sees who waits, with profession and service, and lets them in.
    const entry = chairLobby.entry(GUEST.name);
    await entry.waitFor();
    expect(await entry.innerText()).toContain(`${GUEST.profession} · ${GUEST.service}`);
    expect(await chairLobby.announcement()).toBe(`${GUEST.name} odottaa aulassa.`);
    expect(await axeViolations(chair, { include: ['.lobby-panel'] })).toEqual([]);
    await chair.screenshot({ path: path.join(ARTIFACTS, 'lobby-chair.png') });
    await chairLobby.admit(GUEST.name);
    await chairLobby.emptyState().waitFor();

    // The guest is in the room. Their first message shows as unread on the chair's chat tab and is
    // announced politely.
    const guestChat = new ChatPanel(guest);
    await guest.getByRole('tab', { name: /^Keskustelu/ }).waitFor();
    await guestChat.open();
    await guestChat.send('Hei, kiitos kun pääsin mukaan.');
    // The stage renders the badge from onUnreadChange: "Keskustelu 1 lukematon viesti".
    await chair.getByRole('tab', { name: /^Keskustelu\s*1\b/ }).waitFor();
    const chairChat = new ChatPanel(chair);
    expect(await chairChat.announcement()).toBe(`${GUEST.name}: Hei, kiitos kun pääsin mukaan.`);
    await chairChat.open();
    await chair.getByRole('tab', { name: 'Keskustelu', exact: true }).waitFor();

    // Both ways, with a reply.
    await chairChat.reply('Hei, kiitos kun');
    await chairChat.send('Tervetuloa mukaan! Kerro lyhyesti, mitä kysyt.');
    await guestChat.message('Tervetuloa mukaan!').waitFor();
    const welcome = await guestChat.message('Tervetuloa mukaan!').innerText();
    expect(welcome).toContain('Demo Puheenjohtaja');
    expect(welcome).toContain('Hei, kiitos kun pääsin mukaan.');
    await guestChat.send('Kiitos! Taustaksi ohje: https://example.org/ppt-ohje');
    const link = chairChat.message('Kiitos! Taustaksi').getByRole('link');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe('https://example.org/ppt-ohje');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await chairChat.message('Kiitos! Taustaksi').innerText()).toMatch(
      new RegExp(`${GUEST.name}\\s+${GUEST.profession} · ${GUEST.service}`),
    );

    // Markup and javascript: URLs are text, and nothing runs.
    await guestChat.send(XSS);
    await chairChat.message('onerror').waitFor();
    for (const page of [chair, guest]) {
      expect(await new ChatPanel(page).message('onerror').locator('.chat-message__text').innerText()).toBe(
        XSS,
      );
      expect(await page.evaluate('typeof window.__xss')).toBe('undefined');
      expect(await page.locator('.chat-pane img').count()).toBe(0);
      expect(await page.locator('.chat-pane a[href^="javascript:" i]').count()).toBe(0);
    }

    // The PII guard: the sender is told what was removed; the others only see the placeholder.
    // While typing, the browser-side guard highlights it and asks before sending.
    await guestChat.composer().fill(`Asiakkaan henkilötunnus on ${SYNTHETIC_HETU}, voinko kertoa sen?`);
    await guest.getByText('Tekstissä näyttää olevan henkilötietoja: henkilötunnus.').waitFor();
    expect(await guest.locator('.pii-warning mark').innerText()).toBe(SYNTHETIC_HETU);
    await guestChat.composer().press('Enter');
    await guest.getByRole('button', { name: 'Lähetä silti' }).click();
    await guestChat.redactionNotice().waitFor();
    expect(await guestChat.redactionNotice().innerText()).toBe(
      'Poistimme viestistä henkilötietoja: henkilötunnus',
    );
    await chairChat.message('Asiakkaan henkilötunnus on [HETU]').waitFor();
    expect(await chair.getByText(SYNTHETIC_HETU).count()).toBe(0);

    // An @mention picked with the keyboard notifies the guest.
    await chairChat.composer().fill('Kiitos @Tes');
    const option = chair.getByRole('option', { name: new RegExp(GUEST.name) });
    await option.waitFor();
    await chairChat.composer().press('Enter');
    expect(await chairChat.composer().inputValue()).toBe(`Kiitos @${GUEST.name} `);
    await chairChat.composer().pressSequentially('älä kirjoita tunnisteita.');
    await chairChat.composer().press('Enter');
    const mention = guestChat.message('älä kirjoita tunnisteita');
    await mention.waitFor();
    expect(await mention.innerText()).toContain('Mainitsi sinut');

    // A dropped connection loses nothing: what was said meanwhile comes from history, once each.
    const guestId = await guest.evaluate(async () => {
      const me = (await (await fetch('/api/me')).json()) as { user: { id: string } };
      return me.user.id;
    });
    const guestSockets = (await server.app.io.fetchSockets()).filter((s) => s.data.actor.userId === guestId);
    expect(guestSockets.length).toBeGreaterThan(0);
    for (const s of guestSockets) {
      s.emit('server:shutting-down', { reconnectAfterMs: 2500 });
      s.disconnect(true);
    }
    await guest.getByText('Yhteys katkesi – yhdistetään uudelleen…').waitFor();
    await chairChat.send('Katkon aikana 1');
    await chairChat.send('Katkon aikana 2');
    // Still offline when both were sent, so they can only arrive through the catch-up.
    expect(await guest.getByText('Yhteys katkesi – yhdistetään uudelleen…').isVisible()).toBe(true);
    await guestChat.message('Katkon aikana 2').waitFor({ timeout: 20_000 });
    expect(await guestChat.message('Katkon aikana').allInnerTexts()).toEqual([
      expect.stringContaining('Katkon aikana 1'),
      expect.stringContaining('Katkon aikana 2'),
    ]);

    // The chair deletes the markup message; it disappears for the guest too.
    await chairChat.deleteMessage('onerror');
    await guestChat.log().getByText('Viesti poistettu', { exact: true }).waitFor();
    expect(await guestChat.message('onerror').count()).toBe(0);
    expect(await axeViolations(chair, { include: ['.chat-pane'] })).toEqual([]);
    await chairChat.scrollToNewest();
    await chairChat.composer().scrollIntoViewIfNeeded();
    await chair.screenshot({ path: path.join(ARTIFACTS, 'chat-fi.png') });

    // "Clear the view" hides the messages for the chair only; the history stays.
    await chairChat.clearView();
    expect(await chairChat.messages().count()).toBe(0);
    expect(await guestChat.messages().count()).toBeGreaterThan(0);
    await chairChat.showAll();
    expect(await chairChat.messages().count()).toBeGreaterThan(0);

    // Chat off: the guest's composer is disabled and says why.
    await chairChat.switchChatOff();
    await guestChat.closedNotice().waitFor();
    expect(await guestChat.composer().isDisabled()).toBe(true);
    expect(await axeViolations(guest, { include: ['.chat-pane'] })).toEqual([]);
    await guestChat.scrollToNewest();
    await guestChat.composer().scrollIntoViewIfNeeded();
    await guest.screenshot({ path: path.join(ARTIFACTS, 'chat-closed-guest-fi.png') });
  });
});
