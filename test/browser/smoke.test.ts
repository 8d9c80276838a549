import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { axeViolations } from '../support/axe.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
const DEMO_SESSION = 'PPT-konsultaatio – Keskustan sote-keskus';
const DEMO_CONSULTATION = 'Etäkonsultaatio: perusterveydenhuolto – sosiaalipalvelut';

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

async function newPage(): Promise<Page> {
  context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  return context.newPage();
}

describe('client shell', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startTestServer({ seedDemo: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await server.close();
  });

  it('signs in as the chair in Finnish, shows today, and switches to Swedish', async () => {
    const page = await newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    expect(await login.heading().innerText()).toBe('Kirjaudu sisään');
    expect(await page.locator('html').getAttribute('lang')).toBe('fi');

    await login.signIn('demo.chair', 'not-the-password');
    await login.alert().waitFor();
    expect(await login.alert().innerText()).toContain('Käyttäjätunnus tai salasana on väärin');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-error-fi.png') });

    await login.signIn('demo.chair', server.demoPassword);
    const home = new HomePage(page);
    await home.waitUntilLoaded('Tänään');
    expect(await home.htmlLang()).toBe('fi');
    expect(await home.sectionHeadings()).toEqual(['Tulevat tapaamiset', 'Avoimet konsultaatiot']);
    expect(await home.sessionTitles()).toContain(DEMO_SESSION);
    expect(await home.consultationLinks()).toContain(DEMO_CONSULTATION);
    expect(await home.navigation().getByRole('link').allInnerTexts()).toEqual([
      'Etusivu',
      'Tapaamiset',
      'Sarjat',
      'Konsultaatiot',
      'Hakemisto',
    ]);
    expect(await page.getByRole('link', { name: 'Siirry sisältöön' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home-fi.png'), fullPage: true });

    await home.switchLanguage('Svenska');
    await home.waitUntilLoaded('I dag');
    expect(await home.htmlLang()).toBe('sv');
    expect(await home.sectionHeadings()).toEqual(['Kommande möten', 'Öppna konsultationer']);
    expect(await home.navigation().getByRole('link').allInnerTexts()).toEqual([
      'Startsida',
      'Möten',
      'Serier',
      'Konsultationer',
      'Katalog',
    ]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home-sv.png'), fullPage: true });

    // The choice is remembered.
    await page.reload();
    await home.waitUntilLoaded('I dag');
    expect(await home.htmlLang()).toBe('sv');
    await home.switchLanguage('Suomi');
    await home.waitUntilLoaded('Tänään');
  });

  it('joins the open consultation over the socket and lists the people by service', async () => {
    const page = context.pages()[0] ?? (await newPage());
    await page.getByRole('link', { name: DEMO_CONSULTATION }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_CONSULTATION }).waitFor();
    expect(await page.getByText('Älä käytä asiakkaan tunnistetietoja – et edes puheessa.').count()).toBe(1);

    await page.getByRole('button', { name: 'Liity', exact: true }).click();
    const roster = page.getByRole('region', { name: /Osallistujat/ });
    await roster.waitFor();
    expect(await roster.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual([
      expect.stringContaining('Terveysasema'),
      expect.stringContaining('Aikuissosiaalityö'),
    ]);
    expect(await roster.getByText('Demo Puheenjohtaja (sinä)').count()).toBe(1);
    expect(await roster.getByText('Paikalla', { exact: true }).count()).toBeGreaterThanOrEqual(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'room-fi.png'), fullPage: true });
  });

  it('shows the reconnecting banner while the server restarts, then rejoins and hides it', async () => {
    const page = context.pages()[0] ?? (await newPage());
    const banner = page.getByText('Yhteys katkesi – yhdistetään uudelleen…');
    expect((await server.app.io.fetchSockets()).flatMap((socket) => [...socket.rooms])).toContainEqual(
      expect.stringContaining('demo-econsult'),
    );
    server.app.io.emit('server:shutting-down', { reconnectAfterMs: 500 });
    server.app.io.disconnectSockets(true);
    await banner.waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'room-reconnecting-fi.png') });
    await banner.waitFor({ state: 'detached', timeout: 15_000 });
    // The page must send room:join again on the new connection: the server forgot the old one.
    await expect
      .poll(async () => (await server.app.io.fetchSockets()).flatMap((socket) => [...socket.rooms]))
      .toContainEqual(expect.stringContaining('demo-econsult'));
  });

  it('fits a 1024 px wide screen without horizontal scrolling', async () => {
    const page = context.pages()[0] ?? (await newPage());
    await page.setViewportSize({ width: 1024, height: 720 });
    await page.getByRole('navigation').getByRole('link', { name: 'Etusivu' }).click();
    await new HomePage(page).waitUntilLoaded('Tänään');
    const overflow = await page.evaluate<number>(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'home-fi-1024.png'), fullPage: true });
  });

  it('lets an admin set the retention periods, from the access log, by keyboard', async () => {
    const page = await newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/admin/audit');
    await login.signIn('demo.admin', server.demoPassword);
    await page.getByRole('heading', { name: 'Lokitiedot' }).waitFor();
    await page.getByRole('link', { name: 'Säilytysajat' }).click();
    await page.getByRole('heading', { name: 'Säilytysajat', level: 1 }).waitFor();
    const pptChat = page.getByLabel('PPT-tapaamisten keskustelu');
    expect(await pptChat.inputValue()).toBe('30');
    await pptChat.fill('0');
    expect(await page.getByText('Anna kokonaisluku väliltä 1–3650.').count()).toBe(1);
    await pptChat.fill('14');
    await pptChat.press('Enter');
    await page.getByText('Säilytysajat tallennettu.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'retention-fi.png'), fullPage: true });
    await page.reload();
    await page.getByRole('heading', { name: 'Säilytysajat', level: 1 }).waitFor();
    expect(await page.getByLabel('PPT-tapaamisten keskustelu').inputValue()).toBe('14');
  });
});
