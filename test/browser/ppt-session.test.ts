import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { LoginPage } from './pages/LoginPage.ts';
import { MeetingStage } from './pages/MeetingStage.ts';
import { SeriesPage } from './pages/SeriesPage.ts';
import { SummaryPage } from './pages/SummaryPage.ts';
import { axeViolations } from '../support/axe.ts';

const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../artifacts');
const DEMO_SERIES = 'demo-keskusta';

/** Helsinki's UTC offset in ms at `instant` (+2 h in winter, +3 h in summer). */
function helsinkiOffsetMs(instant: Date): number {
  const name =
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', timeZoneName: 'shortOffset' })
      .formatToParts(instant)
      .find((p) => p.type === 'timeZoneName')?.value ?? 'GMT+2';
  return Number(/GMT([+-]\d+)/.exec(name)?.[1] ?? '2') * 3_600_000;
}

/**
 * Two minutes into the demo series' next Wednesday 13:00 (Helsinki) session. Server and browsers are
 * moved there, so the join window is open and the timers count a real hour.
 */
function nextDemoSessionMoment(now: Date): Date {
  for (let day = 0; day < 8; day += 1) {
    const probe = new Date(now.getTime() + day * 86_400_000);
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Helsinki',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
    }).formatToParts(probe);
    const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
    if (get('weekday') !== 'Wed') continue;
    const utc = Date.UTC(Number(get('year')), Number(get('month')) - 1, Number(get('day')), 13, 2);
    const moment = new Date(utc - helsinkiOffsetMs(new Date(utc)));
    if (moment.getTime() > now.getTime()) return moment;
  }
  throw new Error('no Wednesday within a week');
}

interface Person {
  context: BrowserContext;
  page: Page;
  stage: MeetingStage;
}

describe('PPT meeting stage', () => {
  let server: TestServer;
  let browser: Browser;
  let offsetMs = 0;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    offsetMs = nextDemoSessionMoment(new Date()).getTime() - Date.now();
    server = await startTestServer({ seedDemo: true, clock: { now: () => new Date(Date.now() + offsetMs) } });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser.close();
    await server.close();
  });

  async function signIn(username: string): Promise<Person> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 720 },
      locale: 'fi-FI',
      timezoneId: 'Europe/Helsinki',
    });
    contexts.push(context);
    // The browser's clock runs on from the same moment as the server's.
    await context.clock.install({ time: new Date(Date.now() + offsetMs) });
    const page = await context.newPage();
    const login = new LoginPage(page, server.url);
    await login.open('/');
    await login.signIn(username, server.demoPassword);
    await page.getByRole('heading', { level: 1, name: 'Tänään' }).waitFor();
    return { context, page, stage: new MeetingStage(page) };
  }

  async function upcomingRoomIds(page: Page): Promise<{ roomId: string; date: string }[]> {
    const response = await page.request.get(new URL(`/api/series/${DEMO_SERIES}`, server.url).toString());
    expect(response.ok()).toBe(true);
    const body = (await response.json()) as {
      upcoming: { roomId: string; date: string; isCancelled: boolean }[];
    };
    return body.upcoming.filter((o) => !o.isCancelled);
  }

  let chairPage: Page | undefined;

  it('runs a whole session: opening round, cases, the floor, a deferral and the summary', async () => {
    // On failure, every participant's screen goes to the artefacts: the quickest way to see why.
    onTestFailed(async () => {
      for (const [index, context] of contexts.entries()) {
        const page = context.pages()[0];
        if (page) await page.screenshot({ path: path.join(ARTIFACTS, `ppt-failure-${String(index)}.png`) });
      }
    });
    const chair = await signIn('demo.chair');
    chairPage = chair.page;
    const [current, next] = await upcomingRoomIds(chair.page);
    expect(current).toBeDefined();
    expect(next).toBeDefined();
    const roomId = current!.roomId;

    const social = await signIn('demo.social');
    const kela = await signIn('demo.kela');
    const admin = await signIn('demo.admin');
    const everyone = [chair, social, kela, admin];

    // Prejoin: each says which service they represent; the anonymity rule is on the card.
    await chair.stage.open(server.url, roomId);
    expect(
      await chair.page.getByText('Älä käytä asiakkaan tunnistetietoja – et edes puheessa.').count(),
    ).toBe(1);
    expect(await axeViolations(chair.page, { seriousOnly: true })).toEqual([]);
    await chair.page.screenshot({ path: path.join(ARTIFACTS, 'ppt-prejoin.png') });
    await chair.stage.join('Aikuissosiaalityö');
    await social.stage.open(server.url, roomId);
    await social.stage.join('Mielenterveys- ja päihdepalvelut');
    await kela.stage.open(server.url, roomId);
    await kela.stage.join('Kela');
    await admin.stage.open(server.url, roomId);
    await admin.stage.join('Kuntoutus');

    // Opening round: 2 + 1 + 1 + 0 cases; the chair sees the totals.
    await chair.stage.declare(['Asumisen tuki ja velat', 'Kotihoidon riittävyys']);
    await social.stage.declare(['Päihdekuntoutuksen jatko']);
    await kela.stage.declare(['Toimeentulotuen katkos']);
    await admin.stage.declare([]);
    await chair.stage.openingTotals().filter({ hasText: 'Ilmoitettu 4 tapausta, 3 esittäjää' }).waitFor();
    await chair.page.screenshot({ path: path.join(ARTIFACTS, 'ppt-opening-chair.png') });
    // Participants see no chair controls.
    expect(await social.stage.chairControls().count()).toBe(0);

    // Keyboard: the side panel is a tablist (arrow keys), coverage chips say who is missing in words.
    await chair.page.getByRole('tab', { name: 'Jono' }).focus();
    await chair.page.keyboard.press('ArrowRight');
    const people = chair.page.getByRole('tabpanel', { name: 'Osallistujat' });
    await people.waitFor();
    expect(await chair.page.getByRole('tab', { name: 'Osallistujat' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    await people.locator('.chip', { hasText: 'Terveysasema' }).filter({ hasText: 'puuttuu' }).waitFor();
    await people.locator('.chip', { hasText: 'Kela' }).filter({ hasText: 'paikalla' }).waitFor();
    await chair.page.keyboard.press('ArrowLeft');
    await chair.page.getByRole('tabpanel', { name: 'Jono' }).waitFor();

    // Reorder with the keyboard: move the first case down, everyone sees it; then back up.
    const firstTitle = () => social.page.locator('.agenda__title').first().innerText();
    expect(await firstTitle()).toBe('Asumisen tuki ja velat');
    await chair.page.getByRole('button', { name: 'Alas: Asumisen tuki ja velat' }).focus();
    await chair.page.keyboard.press('Enter');
    await expect.poll(firstTitle).toBe('Päihdekuntoutuksen jatko');
    await chair.page.getByRole('button', { name: 'Ylös: Asumisen tuki ja velat' }).press('Enter');
    await expect.poll(firstTitle).toBe('Asumisen tuki ja velat');

    // First case: the chair's own (fair order: one case per presenter in turn).
    await chair.stage.chair('Aloita seuraava');
    for (const person of everyone) await person.stage.waitForCase('Asumisen tuki ja velat');
    await chair.stage.announcement('Sinun vuorosi: tapauksesi Asumisen tuki ja velat alkoi.').waitFor();
    await social.page
      .getByText(/jäljellä/)
      .first()
      .waitFor();

    // A participant raises a hand; the chair gives the floor; everyone sees it.
    await social.stage.raiseHand();
    for (const person of everyone) {
      await person.stage.speaker('Demo Sosiaaliohjaaja').waitFor();
    }
    expect(await chair.stage.speakerList().getByRole('listitem').first().innerText()).toContain('1.');
    await chair.stage.chair('Anna puheenvuoro');
    for (const person of everyone) {
      await person.stage.floor().filter({ hasText: 'Puheenvuoro: Demo Sosiaaliohjaaja' }).waitFor();
    }
    await social.stage.announcement('Sait puheenvuoron.').waitFor();
    expect(await chair.stage.speakerList().count()).toBe(0);

    // Screens of the running stage, with an accessibility check on each.
    expect(await axeViolations(social.page, { seriousOnly: true })).toEqual([]);
    await social.page.screenshot({ path: path.join(ARTIFACTS, 'ppt-participant.png') });
    await chair.stage.fillOutcome('Sosiaalityö ja Kela selvittävät tuen yhdessä.', 'Kela');
    expect(await axeViolations(chair.page, { seriousOnly: true })).toEqual([]);
    await chair.page.evaluate('window.scrollTo(0, 0)');
    await chair.page.screenshot({ path: path.join(ARTIFACTS, 'ppt-chair.png') });

    // The stage fits a 1024 px wide tablet without horizontal scrolling.
    await social.page.setViewportSize({ width: 1024, height: 720 });
    expect(
      await social.page.evaluate<number>(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      ),
    ).toBeLessThanOrEqual(0);
    await social.page.setViewportSize({ width: 1280, height: 720 });

    await chair.stage.chair('Päätä käsittely');
    await chair.stage.waitForStatus('Asumisen tuki ja velat', 'Käsitelty');

    // Second case: the social instructor's.
    await chair.stage.chair('Aloita seuraava');
    for (const person of everyone) await person.stage.waitForCase('Päihdekuntoutuksen jatko');
    await social.stage.announcement('Sinun vuorosi: tapauksesi Päihdekuntoutuksen jatko alkoi.').waitFor();
    await chair.stage.chair('Päätä käsittely');

    // Kela's case is deferred to the next occurrence; the chair's second case runs instead.
    await chair.page.getByRole('button', { name: 'Siirrä: Toimeentulotuen katkos' }).click();
    for (const person of everyone)
      await person.stage.waitForStatus('Toimeentulotuen katkos', 'Siirretty seuraavaan');
    await chair.stage.chair('Aloita seuraava');
    for (const person of everyone) await person.stage.waitForCase('Kotihoidon riittävyys');
    await chair.stage.chair('Päätä käsittely');

    // The chair ends the session; everyone sees the summary.
    await chair.stage.endSession();
    for (const person of everyone) await new SummaryPage(person.page).waitUntilShown();
    const summary = new SummaryPage(chair.page);
    expect(await summary.figure('Käsitellyt tapaukset')).toBe('3');
    expect(await summary.figure('Siirretyt tapaukset')).toBe('1');
    expect(await summary.figure('Perutut tapaukset')).toBe('0');
    expect(await summary.figure('Ilmoitetut tapaukset')).toBe('4');
    expect((await summary.servicesPresent()).map((s) => s.replace(/^✓\s*/, '')).sort()).toEqual(
      ['Aikuissosiaalityö', 'Kela', 'Kuntoutus', 'Mielenterveys- ja päihdepalvelut'].sort(),
    );
    expect((await summary.servicesMissing()).map((s) => s.replace(/^✗\s*/, ''))).toEqual(['Terveysasema']);
    expect(await summary.everyTurn().innerText()).toContain('Ei');
    expect(
      await chair.page
        .getByText('1 siirretty tapaus käsitellään ensimmäisenä seuraavassa tapaamisessa.')
        .count(),
    ).toBe(1);
    expect(await summary.csvLink().getAttribute('href')).toBe(`/api/sessions/${roomId}/summary.csv`);
    const csv = await chair.page.request.get(
      new URL(`/api/sessions/${roomId}/summary.csv`, server.url).toString(),
    );
    expect(csv.ok()).toBe(true);
    expect(await axeViolations(chair.page, { seriousOnly: true })).toEqual([]);
    await chair.page.screenshot({ path: path.join(ARTIFACTS, 'ppt-summary.png'), fullPage: true });

    // The deferred case waits first on the next occurrence's agenda.
    await chair.stage.open(server.url, next!.roomId);
    const preview = chair.page.getByRole('region', { name: 'Asialistalla jo nyt' });
    await preview.waitFor();
    const first = preview.getByRole('listitem').first();
    expect(await first.innerText()).toContain('Toimeentulotuen katkos');
    expect(await first.innerText()).toContain('Siirretty');
  });

  it('lists the series with its occurrences and figures; organisers get the create form', async () => {
    const page = chairPage ?? (await signIn('demo.chair')).page;
    const series = new SeriesPage(page);
    await series.openFromRail();
    expect(await series.createForm().count()).toBe(0);
    await series.openSeries('Keskustan sote-keskus');
    expect(await series.occurrenceLinks().count()).toBeGreaterThan(0);
    expect(await series.calendarLink().getAttribute('href')).toBe(`/api/series/${DEMO_SERIES}/calendar.ics`);
    const rows = await series.figureRows();
    expect(rows).toHaveLength(1);
    // date, handled, deferred, minutes, services present, all got a turn
    expect(rows[0]?.slice(1, 3)).toEqual(['3', '1']);
    expect(rows[0]?.[5]).toBe('Ei');
    expect(await axeViolations(page, { seriousOnly: true })).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'ppt-series.png'), fullPage: true });

    const organiser = await signIn('demo.admin');
    const admin = new SeriesPage(organiser.page);
    await admin.openFromRail();
    const form = admin.createForm();
    await form.getByLabel('Sote-keskus').fill('Pohjoisen sote-keskus');
    await form.getByLabel('Tunniste').fill('pohjoinen-ppt');
    await form.getByLabel('Viikonpäivä').selectOption({ label: 'torstai' });
    await form.getByLabel('Ensimmäinen päivä').fill('2026-12-03');
    await form.getByRole('checkbox', { name: 'Kela' }).check();
    await form.getByRole('button', { name: 'Luo sarja' }).click();
    await organiser.page.getByRole('heading', { level: 1, name: 'Pohjoisen sote-keskus' }).waitFor();
    expect(await organiser.page.getByText('Torstaisin klo 13.00, 60 min').count()).toBe(1);
    expect(await axeViolations(organiser.page, { seriousOnly: true })).toEqual([]);
  });

  it('tells someone waiting on the prejoin page that the organiser cancelled the occurrence', async () => {
    const waiting = await signIn('demo.social');
    const later = (await upcomingRoomIds(waiting.page)).at(-1);
    if (!later) throw new Error('no upcoming occurrence');
    await waiting.page.goto(new URL(`/rooms/${later.roomId}`, server.url).toString());
    await waiting.page.getByRole('button', { name: 'Liity', exact: true }).waitFor();
    const cancelled = waiting.page.getByText('Järjestäjä on perunut tämän tapaamisen.');
    expect(await cancelled.count()).toBe(0);

    const organiser = await signIn('demo.admin');
    const put = await organiser.page.request.put(
      new URL(`/api/series/${DEMO_SERIES}/exceptions`, server.url).toString(),
      { data: { exceptions: [{ kind: 'cancelled', date: later.date }] } },
    );
    expect(put.ok()).toBe(true);
    // Coming back to the tab reads the room again; the waiting person learns it before trying to join.
    await waiting.page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    await cancelled.waitFor();
    expect(await waiting.page.getByRole('button', { name: 'Liity', exact: true }).isDisabled()).toBe(true);
  });
});
