import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { login } from '../support/clients.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { ConsultDetailPage } from './pages/ConsultDetailPage.ts';
import { ConsultFiguresPage } from './pages/ConsultFiguresPage.ts';
import { ConsultNotifications } from './pages/ConsultNotifications.ts';
import { ConsultRequestForm } from './pages/ConsultRequestForm.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { axeViolations } from '../support/axe.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
// A synthetic personal identity code with a valid checksum (individual number 900–999: never issued).
const SYNTHETIC_HETU = '010190-902S';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

interface Target {
  id: string;
  kind: string;
  name: string;
  leadUserId: string;
  consultantUserIds: string[];
}

async function api<T>(cookie: string, pathname: string): Promise<T> {
  const response = await fetch(`${server.url}${pathname}`, {
    headers: { cookie, accept: 'application/json' },
  });
  if (!response.ok) throw new Error(`${pathname} answered ${String(response.status)}`);
  return (await response.json()) as T;
}

/** Demo user ids are their usernames with the dot as a dash ("demo.social" → "demo-social"). */
const usernameOf = (userId: string) => userId.replace('-', '.');

async function signedIn(username: string, at: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  contexts.push(context);
  const page = await context.newPage();
  const loginPage = new LoginPage(page, server.url);
  await loginPage.open(at);
  await loginPage.signIn(username, server.demoPassword);
  await page.waitForURL((url) => url.pathname !== '/login');
  return page;
}

describe('e-consultation', () => {
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

  it('goes from a request by a nurse to an answer by social work, live, and shows in the figures', async () => {
    onTestFailed(async () => {
      const pages = contexts.flatMap((c) => c.pages());
      for (const [index, page] of pages.entries()) {
        await page.screenshot({ path: path.join(ARTIFACTS, `consults-failure-${String(index)}.png`) });
      }
    });
    const nurseCookie = await login(server.url, 'demo.nurse', server.demoPassword);
    const { targets } = await api<{ targets: Target[] }>(nurseCookie, '/api/directory/targets');
    const target = targets.find((t) => t.kind === 'social_services' && /aikuissosiaali/i.test(t.name));
    if (!target) throw new Error('the demo seed has no adult social work target');
    const consultantId = target.consultantUserIds.find((id) => id !== 'demo-nurse');
    if (!consultantId) throw new Error('adult social work has no consultant');

    // The consultant is already signed in: the request must reach them live.
    const consultant = await signedIn(usernameOf(consultantId), '/consults?box=pool');
    await consultant.getByRole('heading', { level: 2, name: 'Odottaa ryhmässäni' }).waitFor();
    const bell = new ConsultNotifications(consultant);
    await consultant
      .getByRole('banner')
      .getByRole('button', { name: /^Ilmoitukset, 0 lukematonta$/ })
      .waitFor();

    // The nurse files an anonymous pth → sos request.
    const nurse = await signedIn('demo.nurse', '/consults/new');
    const form = new ConsultRequestForm(nurse);
    await form.waitUntilShown();
    // The same PII hints as the chat composer, before anything is sent.
    const summary = nurse.getByLabel('Tapauksen kuvaus ilman tunnistetietoja');
    await summary.fill(`Asiakkaan henkilötunnus on ${SYNTHETIC_HETU}.`);
    await nurse.getByText('Tekstissä näyttää olevan henkilötietoja: henkilötunnus.').waitFor();
    // Identifying the client needs the reference and the consent; the first missing field takes focus.
    await nurse.getByRole('checkbox', { name: /suostumuksen tunnistetiedoilla/ }).check();
    await form.send();
    await nurse.getByText('Valitse, keneltä kysyt.').waitFor();
    await nurse.getByText('Kirjoita asiakastunniste tai poista valinta tunnistetiedoista.').waitFor();
    expect(await nurse.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await nurse.getByRole('checkbox', { name: /suostumuksen tunnistetiedoilla/ }).uncheck();
    await form.fill({
      target: `${target.name} (Sosiaalipalvelut)`,
      urgency: '3 päivän sisällä',
      question: 'Onko asiakkaalla oikeus täydentävään toimeentulotukeen lääkekuluihin?',
      caseSummary:
        'Noin 60-vuotias asiakas, pitkäaikaissairaus. Lääkekulut ovat kasvaneet ja tulot ovat pienet. Kelan perustoimeentulotuki on haettu.',
    });
    expect(await form.dueLine().innerText()).toMatch(
      /^Vastaus viimeistään \d{1,2}\.\d{1,2}\.\d{4} \d{1,2}\.\d{2}/,
    );
    expect(await axeViolations(nurse, { include: ['main', 'header'] })).toEqual([]);
    await nurse.screenshot({ path: path.join(ARTIFACTS, 'consult-request-form.png'), fullPage: true });
    await form.send();
    await nurse.waitForURL(/\/consults\/[A-Za-z0-9_-]+$/);
    const nurseView = new ConsultDetailPage(nurse);
    await nurseView.waitUntilShown(target.name);
    await nurseView.waitForState('Uusi');

    // The consultant's bell counts it at once; the entry leads to the request.
    await bell.bell(1).waitFor();
    await bell.openEntry(`Uusi konsultaatiopyyntö: ${target.name}`);
    const consultantView = new ConsultDetailPage(consultant);
    await consultantView.waitUntilShown(target.name);
    await consultantView.action('Ota vastattavaksi').click();
    await consultantView.waitForState('Työn alla');
    await nurseView.waitForState('Työn alla');

    // More information, asked and given.
    await consultantView.actWithText(
      'Pyydä lisätietoja',
      'Mitä tietoa tarvitset?',
      'Onko asiakas hakenut Kelasta perustoimeentulotukea tältä kuulta?',
      'Lähetä lisätietopyyntö',
    );
    await consultantView.waitForState('Lisätietoja pyydetty');
    await nurseView.waitForState('Lisätietoja pyydetty');
    await nurseView.actWithText(
      'Anna lisätietoja',
      'Lisätiedot',
      'Kyllä, päätös tuli viime viikolla.',
      'Lähetä lisätiedot',
    );
    await nurseView.waitForState('Työn alla');
    await consultantView.waitForState('Työn alla');

    // The answer, then the close with an outcome.
    await consultantView.actWithText(
      'Vastaa',
      'Vastauksesi',
      'Kyllä. Ohjaa asiakas hakemaan täydentävää toimeentulotukea; liitteeksi lääkekuluerittely.',
      'Lähetä vastaus',
    );
    await consultantView.waitForState('Vastattu');
    await nurseView.waitForState('Vastattu');

    // "Call now" opens the consultation's call room; the request page is one step back.
    await nurse.getByRole('button', { name: 'Soita nyt' }).click();
    await nurse.waitForURL(/\/rooms\/[A-Za-z0-9_-]+$/);
    await nurse.goBack();
    await nurseView.waitForState('Vastattu');
    expect(await axeViolations(consultant, { include: ['main', 'header'] })).toEqual([]);
    await consultant.screenshot({
      path: path.join(ARTIFACTS, 'consult-consultant-view.png'),
      fullPage: true,
    });
    await consultantView.close('Ratkesi ilman lähetettä');
    await consultantView.waitForState('Suljettu');
    await nurseView.waitForState('Suljettu');
    expect(await consultantView.timeline().count()).toBe(6);

    // The figures page counts it for the month (a pool lead or organisation staff reads them).
    const leadPage =
      target.leadUserId === consultantId ? consultant : await signedIn('demo.admin', '/consults/figures');
    if (leadPage === consultant) await leadPage.goto(`${server.url}/consults/figures`);
    const figures = new ConsultFiguresPage(leadPage);
    await figures.waitUntilShown();
    const row = await figures.row(target.name);
    expect(row[0]).toBe(target.name);
    expect(row[1]).toBe('1');
    expect(row[5]).toMatch(/^100\s%$/);
    expect(await figures.csvLink().getAttribute('href')).toMatch(
      /^\/api\/consults\/figures\.csv\?month=\d{4}-\d{2}$/,
    );
    expect(await axeViolations(leadPage, { include: ['main', 'header'] })).toEqual([]);
    await leadPage.screenshot({ path: path.join(ARTIFACTS, 'consult-figures.png'), fullPage: true });

    // The requester's list shows the closed request; the directory finds the consultant by task.
    await nurse.getByRole('navigation', { name: /./ }).getByRole('link', { name: 'Konsultaatiot' }).click();
    await nurse.getByRole('heading', { level: 2, name: 'Lähettämäni' }).waitFor();
    await nurse.locator('.consultation-list__item', { hasText: 'Suljettu' }).waitFor();
    expect(await axeViolations(nurse, { include: ['main', 'header'] })).toEqual([]);
    await nurse.getByRole('link', { name: 'Hakemisto' }).click();
    await nurse.getByRole('heading', { level: 1, name: 'Ammattilaishakemisto' }).waitFor();
    await nurse.getByLabel('Nimi, tehtävä tai alue').fill('sosiaaliohjaus');
    await nurse.getByRole('button', { name: 'Hae', exact: true }).click();
    await nurse.waitForURL(/q=sosiaaliohjaus/);
    await nurse.getByRole('rowheader', { name: 'Demo Sosiaaliohjaaja' }).waitFor();
    expect(await nurse.getByRole('table').getByRole('row').count()).toBe(2);
    expect(await axeViolations(nurse, { include: ['main', 'header'] })).toEqual([]);
    await nurse.screenshot({ path: path.join(ARTIFACTS, 'consult-directory.png'), fullPage: true });
  });
});
