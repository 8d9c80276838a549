import type { Locator, Page } from 'playwright-core';

/** The notification bell in the top bar and its panel. */
export class ConsultNotifications {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** The bell names its unread count: "Ilmoitukset, 1 lukematon". */
  bell(unread: number): Locator {
    const name = unread === 1 ? 'Ilmoitukset, 1 lukematon' : `Ilmoitukset, ${String(unread)} lukematonta`;
    return this.page.getByRole('banner').getByRole('button', { name, exact: true });
  }

  async openEntry(text: string): Promise<void> {
    await this.page
      .getByRole('banner')
      .getByRole('button', { name: /^Ilmoitukset/ })
      .click();
    await this.page
      .getByRole('banner')
      .getByRole('link', { name: new RegExp(text) })
      .first()
      .click();
  }
}
