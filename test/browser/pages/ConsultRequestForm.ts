import type { Locator, Page } from 'playwright-core';

/** /consults/new, found by its Finnish labels. */
export class ConsultRequestForm {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async waitUntilShown(): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: 'Uusi konsultaatiopyyntö' }).waitFor();
    await this.page.getByLabel('Keneltä kysyt').waitFor();
  }

  async fill(input: { target: string; urgency: string; question: string; caseSummary: string }) {
    await this.page.getByLabel('Keneltä kysyt').selectOption({ label: input.target });
    await this.page.getByRole('radio', { name: input.urgency }).check();
    await this.page.getByLabel('Kysymys', { exact: true }).fill(input.question);
    await this.page.getByLabel('Tapauksen kuvaus ilman tunnistetietoja').fill(input.caseSummary);
  }

  /** "Vastaus viimeistään 11.3.2026 16.00 (arkisin 8–16)." */
  dueLine(): Locator {
    return this.page.getByText(/^Vastaus viimeistään /);
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lähetä pyyntö' }).click();
  }
}
