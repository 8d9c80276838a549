import type { Locator, Page } from 'playwright-core';

/** The summary a PPT session shows once it has ended. */
export class SummaryPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: /^Yhteenveto / }).waitFor();
  }

  /** A figure by its Finnish label, e.g. "Käsitellyt tapaukset". */
  async figure(label: string): Promise<string> {
    return this.page.locator('.summary__figures > div', { hasText: label }).locator('dd').innerText();
  }

  async servicesPresent(): Promise<string[]> {
    return this.region('Palvelut paikalla').getByRole('listitem').allInnerTexts();
  }

  async servicesMissing(): Promise<string[]> {
    return this.region('Puuttuneet palvelut').getByRole('listitem').allInnerTexts();
  }

  everyTurn(): Locator {
    return this.page.locator('.summary__turns');
  }

  csvLink(): Locator {
    return this.page.getByRole('link', { name: 'Lataa yhteenveto (CSV)' });
  }

  private region(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
