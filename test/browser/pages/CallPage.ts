import type { Locator, Page } from 'playwright-core';

/** Inbound media as the browser's own RTCPeerConnections count it (see CallPage.installStatsProbe). */
export interface InboundTotals {
  framesDecoded: number;
  audioBytes: number;
  videoTracks: number;
}

declare global {
  interface Window {
    __peerConnections?: RTCPeerConnection[];
  }
}

/** A room's call (e-consultation or Kela hour page), found by its Finnish labels. */
export class CallPage {
  readonly page: Page;

  constructor(page: Page) {
    this.page = page;
  }

  /**
   * Remembers every RTCPeerConnection the page creates, so the test can read getStats() without the
   * app exposing anything for tests. Call before the first navigation.
   */
  static async installStatsProbe(page: Page): Promise<void> {
    await page.addInitScript(() => {
      const Original = window.RTCPeerConnection;
      const list: RTCPeerConnection[] = [];
      window.__peerConnections = list;
      class Probed extends Original {
        constructor(config?: RTCConfiguration) {
          super(config);
          list.push(this);
        }
      }
      window.RTCPeerConnection = Probed;
    });
  }

  async open(baseUrl: string, roomId: string): Promise<void> {
    await this.page.goto(new URL(`/rooms/${roomId}`, baseUrl).toString());
  }

  async join(): Promise<void> {
    await this.page.getByRole('button', { name: 'Liity', exact: true }).click();
    await this.grid().waitFor();
  }

  grid(): Locator {
    return this.page.getByRole('list', { name: 'Osallistujien video' });
  }

  tile(name: string): Locator {
    return this.grid()
      .locator('li.call-tile')
      .filter({ has: this.page.locator('.call-tile__name', { hasText: name }) });
  }

  screenTile(): Locator {
    return this.grid().locator('li.call-tile--screen');
  }

  toggle(name: 'Mikrofoni' | 'Kamera' | 'Jaa näyttö'): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}`) });
  }

  async moderate(name: string, action: 'Mykistä mikrofoni' | 'Pysäytä video'): Promise<void> {
    const tile = this.tile(name).first();
    await tile.getByRole('button', { name: `Toiminnot: ${name}` }).click();
    await tile.getByRole('button', { name: action }).click();
  }

  /** How many RTCPeerConnections the page has made so far (a re-join makes two new ones). */
  async connectionCount(): Promise<number> {
    return this.page.evaluate(() => window.__peerConnections?.length ?? 0);
  }

  /** Waits until the page has made `count` connections in all. */
  async waitForConnections(count: number, timeoutMs = 30_000): Promise<void> {
    await this.page.waitForFunction((n) => (window.__peerConnections?.length ?? 0) >= n, count, {
      timeout: timeoutMs,
    });
  }

  /** Sums inbound-rtp over every connection (connections closed by a re-join count too). */
  async inbound(): Promise<InboundTotals> {
    return this.page.evaluate(async () => {
      const totals = { framesDecoded: 0, audioBytes: 0, videoTracks: 0 };
      for (const pc of window.__peerConnections ?? []) {
        if (pc.connectionState === 'closed') continue;
        const report = await pc.getStats();
        report.forEach(
          (s: { type: string; kind?: string; framesDecoded?: number; bytesReceived?: number }) => {
            if (s.type !== 'inbound-rtp') return;
            if (s.kind === 'video') {
              totals.framesDecoded += s.framesDecoded ?? 0;
              totals.videoTracks += 1;
            }
            if (s.kind === 'audio') totals.audioBytes += s.bytesReceived ?? 0;
          },
        );
      }
      return totals;
    });
  }

  /**
   * Waits until video is decoded right now: the frames decoded on open connections grow between two
   * samples a second apart (counters of replaced consumers may vanish, so totals are never compared
   * across a re-join), and audio has arrived.
   */
  async waitForFlowingMedia(timeoutMs = 30_000): Promise<InboundTotals> {
    const deadline = Date.now() + timeoutMs;
    let previous = await this.inbound();
    for (;;) {
      await this.page.waitForTimeout(1000);
      const current = await this.inbound();
      if (current.framesDecoded > previous.framesDecoded + 5 && current.audioBytes > 0) return current;
      if (Date.now() > deadline) {
        throw new Error(
          `no flowing media (frames ${String(current.framesDecoded)}, audio bytes ${String(current.audioBytes)})`,
        );
      }
      previous = current;
    }
  }
}
