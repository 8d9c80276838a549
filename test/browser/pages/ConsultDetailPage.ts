import type { Locator, Page } from 'playwright-core';

/** /consults/:id — state, the next steps and their small forms, the timeline. */
export class ConsultDetailPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async waitUntilShown(target: string): Promise<void> {
    await this.page.getByRole('heading', { level: 1, name: `Konsultaatio: ${target}` }).waitFor();
  }

  /** The state chip, e.g. "Uusi", "Työn alla". */
  state(): Locator {
    return this.page.locator('.consult-facts .state-chip');
  }

  async waitForState(name: string): Promise<void> {
    await this.page.locator('.consult-facts .state-chip', { hasText: new RegExp(`^${name}$`) }).waitFor();
  }

  action(name: string): Locator {
    return this.page
      .getByRole('region', { name: 'Seuraavat vaiheet' })
      .getByRole('button', { name, exact: true });
  }

  /** Opens a step that needs text, types it and sends it. */
  async actWithText(button: string, label: string, text: string, submit: string): Promise<void> {
    await this.action(button).click();
    await this.page.getByLabel(label, { exact: true }).fill(text);
    await this.page.getByRole('button', { name: submit, exact: true }).click();
  }

  async close(outcome: string): Promise<void> {
    await this.action('Sulje ja kirjaa lopputulos').click();
    await this.page.getByRole('radio', { name: outcome }).check();
    await this.page.getByRole('button', { name: 'Sulje konsultaatio', exact: true }).click();
  }

  timeline(): Locator {
    return this.page.getByRole('region', { name: 'Tapahtumat' }).getByRole('listitem');
  }
}
