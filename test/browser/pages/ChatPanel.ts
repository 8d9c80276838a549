import type { Locator, Page } from 'playwright-core';

/** The room chat inside the meeting stage's "Keskustelu" tab, found by its visible Finnish labels. */
export class ChatPanel {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /** Selects the chat tab of the side panel. */
  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: /^Keskustelu/ }).click();
    await this.composer().waitFor();
  }

  root(): Locator {
    return this.page.locator('.chat-pane');
  }

  log(): Locator {
    return this.root().getByRole('log', { name: 'Keskustelun viestit' });
  }

  /** Scrolls the message log to its newest message, as a reader would before looking. */
  async scrollToNewest(): Promise<void> {
    await this.log().evaluate((log) => {
      log.scrollTop = log.scrollHeight;
    });
  }

  composer(): Locator {
    return this.root().getByLabel('Kirjoita viesti', { exact: true });
  }

  /** Types like a person and sends with Enter. */
  async send(text: string): Promise<void> {
    await this.composer().fill(text);
    await this.composer().press('Enter');
    await this.message(text).waitFor();
  }

  messages(): Locator {
    return this.log().getByRole('listitem');
  }

  /** The message whose text contains `text` (its author line, quote and actions included). */
  message(text: string): Locator {
    return this.messages().filter({ has: this.page.locator('.chat-message__text', { hasText: text }) });
  }

  async deleteMessage(text: string): Promise<void> {
    const message = this.message(text);
    await message.getByRole('button', { name: /^Poista viesti/ }).click();
    await message.getByRole('button', { name: 'Kyllä, poista' }).click();
  }

  async reply(text: string): Promise<void> {
    await this.message(text)
      .getByRole('button', { name: /^Vastaa/ })
      .click();
  }

  /** Hides the messages so far in this browser only ("Tyhjennä näkymä"). */
  async clearView(): Promise<void> {
    await this.root().getByRole('button', { name: 'Tyhjennä näkymä' }).click();
    await this.root()
      .getByText(/^Tyhjensit näkymän vain itseltäsi/)
      .waitFor();
  }

  async showAll(): Promise<void> {
    await this.root().getByRole('button', { name: 'Näytä aiemmat viestit' }).click();
  }

  async switchChatOff(): Promise<void> {
    await this.root()
      .getByRole('group', { name: 'Keskustelun hallinta' })
      .getByRole('button', { name: 'Sulje keskustelu' })
      .click();
  }

  closedNotice(): Locator {
    return this.root().getByText('Puheenjohtaja on sulkenut keskustelun.', { exact: true });
  }

  /**
   * What the chat's polite live region says now. It is visually hidden and sits in <body> so that it
   * speaks while the chat tab is not shown.
   */
  async announcement(): Promise<string> {
    return this.page.locator('body > .chat-announcer[aria-live="polite"]').innerText();
  }

  redactionNotice(): Locator {
    return this.root().getByText(/^Poistimme viestistä henkilötietoja:/);
  }
}
