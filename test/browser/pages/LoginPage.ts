import type { Locator, Page } from 'playwright-core';

/** The sign-in page, found by its visible Finnish/Swedish/English labels like a user would. */
export class LoginPage {
  readonly page: Page;
  readonly baseUrl: string;

  constructor(page: Page, baseUrl: string) {
    this.page = page;
    this.baseUrl = baseUrl;
  }

  /** Opens the app at `path`; a signed-out user lands on /login. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(new URL(path, this.baseUrl).toString());
    await this.page.waitForURL(/\/login$/);
    await this.heading().waitFor();
  }

  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Types the credentials and submits with Enter, the way most people do. */
  async signIn(
    username: string,
    password: string,
    labels = { username: 'Käyttäjätunnus', password: 'Salasana' },
  ) {
    await this.page.getByLabel(labels.username, { exact: true }).fill(username);
    const passwordField = this.page.getByLabel(labels.password, { exact: true });
    await passwordField.fill(password);
    await passwordField.press('Enter');
  }

  alert(): Locator {
    return this.page.getByRole('alert');
  }
}
