import { describe, expect, it } from 'vitest';
import { loadMediaConfig } from './config.ts';

const secret = 'a-media-secret-of-length';

describe('media config', () => {
  it('[MC1] defaults: loopback, ports 40000–40999, 300 peers per router', () => {
    const c = loadMediaConfig({ MEDIA_SECRET: secret });
    expect(c).toMatchObject({
      listenIp: '127.0.0.1',
      rtcMinPort: 40_000,
      rtcMaxPort: 40_999,
      maxPeersPerRouter: 300,
    });
    expect(c.workers).toBeGreaterThan(0);
    expect(c.announcedAddress).toBeUndefined();
  });

  it('[MC2] refuses a short secret and an inverted port range', () => {
    expect(() => loadMediaConfig({ MEDIA_SECRET: 'short' })).toThrow();
    expect(() =>
      loadMediaConfig({ MEDIA_SECRET: secret, MEDIA_RTC_MIN_PORT: '5000', MEDIA_RTC_MAX_PORT: '4000' }),
    ).toThrow();
  });
});
