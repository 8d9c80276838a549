import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** The server's Prometheus metrics. Labels carry event names and error codes only, never ids or text. */
export interface Metrics {
  readonly registry: Registry;
  readonly connectedSockets: Gauge;
  readonly socketEvents: Counter<'event'>;
  readonly eventLatency: Histogram<'event'>;
  readonly errors: Counter<'code' | 'transport'>;
  readonly httpRequests: Counter<'route' | 'status'>;
}

export function createMetrics(options: { collectDefaults: boolean }): Metrics {
  const registry = new Registry();
  if (options.collectDefaults) collectDefaultMetrics({ register: registry, prefix: 'konsiili_' });
  return {
    registry,
    connectedSockets: new Gauge({
      name: 'konsiili_connected_sockets',
      help: 'Socket.io connections currently open on this node',
      registers: [registry],
    }),
    socketEvents: new Counter({
      name: 'konsiili_socket_events_total',
      help: 'Socket commands received, by event name',
      labelNames: ['event'],
      registers: [registry],
    }),
    eventLatency: new Histogram({
      name: 'konsiili_socket_event_duration_seconds',
      help: 'Time from receiving a socket command to its ack',
      labelNames: ['event'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
      registers: [registry],
    }),
    errors: new Counter({
      name: 'konsiili_errors_total',
      help: 'Errors answered to clients, by error code and transport',
      labelNames: ['code', 'transport'],
      registers: [registry],
    }),
    httpRequests: new Counter({
      name: 'konsiili_http_requests_total',
      help: 'HTTP requests by route pattern and status',
      labelNames: ['route', 'status'],
      registers: [registry],
    }),
  };
}
