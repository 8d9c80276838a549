import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { Metrics } from '../platform/metrics.ts';
import { metricsHandler, type MetricsAccess } from './ops.routes.ts';

/** A listener that serves only /metrics, for a port that Prometheus reaches and users do not. */
export interface MetricsListener {
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

export function createMetricsListener(metrics: Metrics, access: MetricsAccess): MetricsListener {
  const app = express();
  app.disable('x-powered-by');
  app.get('/metrics', metricsHandler(metrics, access));
  const server: Server = createServer(app);
  return {
    async listen(port, host) {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      return (server.address() as AddressInfo).port;
    },
    async close() {
      if (!server.listening) return;
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
