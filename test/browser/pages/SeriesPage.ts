import type { Locator, Page } from 'playwright-core';

/** /series and /series/:id: the weekly PPT slots, their occurrences and figures. */
export class SeriesPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Follows "Sarjat" in the left rail. */
  async openFromRail(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: 'Sarjat' }).click();
    await this.page.getByRole('heading', { level: 1, name: 'PPT-sarjat' }).waitFor();
  }

  async openSeries(centreName: string): Promise<void> {
    await this.page.getByRole('link', { name: centreName }).click();
    await this.page.getByRole('heading', { level: 1, name: centreName }).waitFor();
  }

  occurrenceLinks(): Locator {
    return this.page.getByRole('region', { name: 'Tulevat tapaamiset' }).getByRole('link');
  }

  calendarLink(): Locator {
    return this.page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' });
  }

  /** The figures table's rows as arrays of cell texts, header row excluded. */
  async figureRows(): Promise<string[][]> {
    const rows = this.page.getByRole('table').locator('tbody tr');
    const count = await rows.count();
    const out: string[][] = [];
    for (let i = 0; i < count; i += 1) out.push(await rows.nth(i).locator('th, td').allInnerTexts());
    return out;
  }

  createForm(): Locator {
    return this.page.getByRole('form', { name: 'Luo sarja' });
  }
}
