import type { Locator, Page } from 'playwright-core';

/** The chair's waiting list (in the "Osallistujat" tab) and the guest's waiting view. */
export class LobbyPanel {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Selects the people tab, where moderators see who waits in the lobby. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Osallistujat/ }).click();
    await this.root().waitFor();
  }

  root(): Locator {
    return this.page.locator('.lobby-panel');
  }

  entry(name: string): Locator {
    return this.root().getByRole('listitem').filter({ hasText: name });
  }

  async admit(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Päästä sisään' }).click();
  }

  async decline(name: string): Promise<void> {
    await this.entry(name).getByRole('button', { name: 'Hylkää' }).click();
  }

  /** What the lobby's polite live region (in <body>, heard from any tab) says now. */
  async announcement(): Promise<string> {
    return this.page.locator('body > .lobby-announcer[aria-live="polite"]').innerText();
  }

  emptyState(): Locator {
    return this.root().getByText('Aulassa ei ole ketään.');
  }

  /** What a person at the door sees while a moderator decides. */
  waitingView(): Locator {
    return this.page.getByText('Odota, puheenjohtaja päästää sinut sisään.');
  }
}
