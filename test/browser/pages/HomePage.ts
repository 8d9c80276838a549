import type { Locator, Page } from 'playwright-core';

/** The "today" page inside the signed-in frame. */
export class HomePage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 1 });
  }

  /** Resolves when the page shows `title` as its heading and its lists have loaded. */
  async waitUntilLoaded(title: string): Promise<void> {
    await this.page.getByRole('main').getByRole('heading', { level: 1, name: title }).waitFor();
    await this.page.getByRole('main').getByRole('heading', { level: 2 }).first().waitFor();
  }

  async sectionHeadings(): Promise<string[]> {
    return this.page.getByRole('main').getByRole('heading', { level: 2 }).allInnerTexts();
  }

  async sessionTitles(): Promise<string[]> {
    return this.page.locator('.session-card').getByRole('heading', { level: 3 }).allInnerTexts();
  }

  async consultationLinks(): Promise<string[]> {
    return this.page.locator('.consultation-list').getByRole('link').allInnerTexts();
  }

  /** Clicks one of "Suomi · Svenska · English" in the top bar. */
  async switchLanguage(name: 'Suomi' | 'Svenska' | 'English'): Promise<void> {
    await this.page.getByRole('banner').getByRole('button', { name, exact: true }).click();
  }

  async htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
  }

  navigation(): Locator {
    return this.page.getByRole('navigation');
  }
}
