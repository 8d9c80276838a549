import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('[C1] runs embedded with no variables at all', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      store: 'sqlite',
      socketAdapter: 'memory',
      seedDemo: true,
      cookieSecure: false,
    });
  });
  it('[C2] REDIS_URL switches store and adapter to Redis', () => {
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toMatchObject({
      store: 'redis',
      socketAdapter: 'redis',
    });
  });
  it('[C3] lists every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', STORE: 'redis', NODE_ENV: 'production' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'abc', STORE: 'redis', NODE_ENV: 'production' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('REDIS_URL');
      expect(message).toContain('SESSION_SECRET');
    }
  });
  it('[C4] production defaults: secure cookies, no demo seed, no source maps', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      METRICS_PORT: '9100',
    });
    expect(config).toMatchObject({
      cookieSecure: true,
      seedDemo: false,
      serveSourceMaps: false,
      metricsPort: 9100,
    });
  });
  it('[C5] production fences off /metrics with a token or an internal port', () => {
    const base = { NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) };
    expect(() => loadConfig(base)).toThrow(/METRICS_TOKEN or METRICS_PORT/);
    expect(loadConfig({ ...base, METRICS_TOKEN: 't'.repeat(16) }).metricsToken).toBe('t'.repeat(16));
    expect(() => loadConfig({ ...base, METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(loadConfig({}).metricsToken).toBeUndefined();
  });
  it('[C5] CONSULT_KEYS parse into kids and keys; a bad one is reported without the key', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadConfig({ CONSULT_KEYS: `k2:${key},k1:${key}` }).consultKeys.map((k) => k.kid)).toEqual([
      'k2',
      'k1',
    ]);
    expect(loadConfig({}).consultKeys).toEqual([]);
    const short = Buffer.alloc(8, 7).toString('base64');
    expect(() => loadConfig({ CONSULT_KEYS: `k1:${short}` })).toThrow(
      /CONSULT_KEYS: key k1 must be 32 bytes/,
    );
    expect(() => loadConfig({ CONSULT_KEYS: `k1:${short}` })).not.toThrow(short);
  });
});
