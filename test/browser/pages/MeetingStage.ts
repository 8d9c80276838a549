import type { Locator, Page } from 'playwright-core';

/** A PPT occurrence room: prejoin, opening round and the meeting stage, found by their Finnish labels. */
export class MeetingStage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  async open(baseUrl: string, roomId: string): Promise<void> {
    await this.page.goto(new URL(`/rooms/${roomId}`, baseUrl).toString());
    await this.page.getByRole('heading', { level: 2, name: 'Ennen liittymistä' }).waitFor();
  }

  /** Fills the prejoin card (the service is chosen by its Finnish name) and joins. */
  async join(serviceName: string): Promise<void> {
    await this.page.getByLabel('Palvelu, jota edustat').selectOption({ label: serviceName });
    await this.page.getByRole('button', { name: 'Liity', exact: true }).click();
    await this.page.getByRole('tablist', { name: 'Tapaamisen paneeli' }).waitFor();
  }

  /** Opening round: steps the case count up with the + button and types a topic per case. */
  async declare(topics: readonly string[]): Promise<void> {
    const more = this.page.getByRole('button', { name: 'Yksi tapaus lisää' });
    for (const [index, topic] of topics.entries()) {
      await more.click();
      await this.page.getByLabel(`Tapauksen ${String(index + 1)} aihe (valinnainen)`).fill(topic);
    }
    await this.page.getByRole('button', { name: 'Ilmoita', exact: true }).click();
    const count = topics.length;
    await this.page
      .getByText(
        count === 1 ? 'Olet ilmoittanut 1 tapauksen.' : `Olet ilmoittanut ${String(count)} tapausta.`,
      )
      .waitFor();
  }

  openingTotals(): Locator {
    return this.page.locator('.opening__total');
  }

  chairControls(): Locator {
    return this.page.getByRole('group', { name: 'Puheenjohtajan toiminnot' });
  }

  async chair(action: string): Promise<void> {
    await this.chairControls().getByRole('button', { name: action, exact: true }).click();
  }

  /** The title of the case being handled (the centre card's heading). */
  caseTitle(): Locator {
    return this.page.locator('#case-card-title');
  }

  async waitForCase(title: string): Promise<void> {
    await this.page.locator('#case-card-title', { hasText: title }).waitFor();
  }

  agendaItem(title: string): Locator {
    return this.page.locator('.agenda__item', { hasText: title });
  }

  async waitForStatus(title: string, status: string): Promise<void> {
    await this.agendaItem(title).locator('.agenda__status', { hasText: status }).waitFor();
  }

  speakerList(): Locator {
    return this.page.getByRole('list', { name: 'Puheenvuoropyynnöt nostojärjestyksessä' });
  }

  /** One entry of the speaker list by the person's name. */
  speaker(name: string): Locator {
    return this.speakerList().locator('.speakers__name', { hasText: name });
  }

  floor(): Locator {
    return this.page.locator('.speakers__floor');
  }

  async raiseHand(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nosta käsi' }).click();
    await this.page.getByRole('button', { name: 'Nosta käsi', pressed: true }).waitFor();
  }

  announcement(text: string): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  async selectTab(name: 'Jono' | 'Osallistujat' | 'Keskustelu'): Promise<Locator> {
    await this.page.getByRole('tab', { name }).click();
    return this.page.getByRole('tabpanel', { name });
  }

  async fillOutcome(nextSteps: string, serviceName: string): Promise<void> {
    await this.page.getByLabel('Sovitut jatkotoimet').fill(nextSteps);
    await this.page
      .getByRole('group', { name: 'Palvelut, jotka vastaavat jatkotoimista' })
      .getByLabel(serviceName)
      .check();
  }

  async endSession(): Promise<void> {
    await this.chair('Päätä tapaaminen');
    await this.chairControls().getByRole('button', { name: 'Kyllä, päätä tapaaminen' }).click();
  }
}
