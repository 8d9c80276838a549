import type { Locator, Page } from 'playwright-core';

/** /consults/figures — one row per target for a month. */
export class ConsultFiguresPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Konsultaatioiden tunnusluvut' }).waitFor();
    await this.page.getByRole('table').or(this.page.locator('.empty-state')).first().waitFor();
  }

  /** The cells of a target's row, header first. */
  async row(target: string): Promise<string[]> {
    const row = this.page
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: target }) });
    return row.getByRole('cell').or(row.getByRole('rowheader')).allInnerTexts();
  }

  csvLink(): Locator {
    return this.page.getByRole('link', { name: 'Lataa CSV' });
  }
}
