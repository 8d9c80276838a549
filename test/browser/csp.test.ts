import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../support/server.ts';
import { HomePage } from './pages/HomePage.ts';
import { LoginPage } from './pages/LoginPage.ts';

const DEMO_CONSULTATION = 'Etäkonsultaatio: perusterveydenhuolto – sosiaalipalvelut';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

/** The built client under the server's real CSP: every refusal Chromium reports fails the test. */
describe('Content-Security-Policy in Chromium', () => {
  let server: TestServer;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await startTestServer({ seedDemo: true });
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    });
    context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
    // Installed through the DevTools protocol, so the policy under test does not govern it.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.cspViolations?.push(
          `${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${String(e.lineNumber)}`,
        );
      });
    });
  });

  afterAll(async () => {
    await context.close();
    await browser.close();
    await server.close();
  });

  async function violations(page: Page): Promise<string[]> {
    const reported = await page.evaluate(() => window.cspViolations ?? []);
    return [...reported, ...consoleErrors.filter((m) => /Content.Security.Policy/i.test(m))];
  }

  it('signs in, shows the home page and a room over the socket with no violation', async () => {
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    const response = await page.goto(server.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    const login = new LoginPage(page, server.url);
    await page.waitForURL(/\/login$/);
    await login.heading().waitFor();
    await login.signIn('demo.chair', server.demoPassword);
    await new HomePage(page).waitUntilLoaded('Tänään');
    expect(await violations(page)).toEqual([]);

    // A room needs the websocket: connect-src 'self' must admit ws: on the same origin.
    await page.getByRole('link', { name: DEMO_CONSULTATION }).click();
    await page.getByRole('heading', { level: 1, name: DEMO_CONSULTATION }).waitFor();
    await page.getByRole('button', { name: 'Liity', exact: true }).click();
    await page.getByRole('region', { name: /Osallistujat/ }).waitFor();
    expect((await server.app.io.fetchSockets()).length).toBe(1);
    expect(await violations(page)).toEqual([]);

    await page.goto(new URL('/rooms/demo-ppt', server.url).toString());
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await violations(page)).toEqual([]);
  });

  it('a probe proves the listener works: an inline script is reported', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.inlineRan = true';
      document.body.append(s);
    });
    await page.waitForFunction(() => (window.cspViolations ?? []).length > 0);
    expect((await page.evaluate(() => window.cspViolations ?? []))[0]).toMatch(/^script-src-elem inline/);
    expect(await page.evaluate(() => (window as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await page.close();
  });
});
