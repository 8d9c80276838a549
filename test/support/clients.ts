import { io as connectIo, type Socket } from 'socket.io-client';
import type {
  Ack,
  ClientToServerEvents,
  CommandName,
  CommandResult,
  ServerEventName,
  ServerEventPayload,
  ServerToClientEvents,
} from '@konsiili/shared';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Signs in over REST and returns the session cookie. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login failed with ${res.status}`);
  const cookie = res.headers.get('set-cookie');
  if (!cookie) throw new Error('no session cookie');
  return cookie.split(';')[0] ?? '';
}

/** A connected socket.io client carrying the cookie; rejects with the server's refusal. */
export async function connect(baseUrl: string, cookie?: string): Promise<TestSocket> {
  const socket: TestSocket = connectIo(baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
    extraHeaders: cookie ? { cookie } : {},
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
  return socket;
}

/** Sends a command and resolves its ack. Payloads are `unknown` so tests can send malformed ones. */
export function send<K extends CommandName>(
  socket: TestSocket,
  name: K,
  // Typed as unknown on purpose: tests send malformed payloads too.
  payload: unknown,
  timeoutMs = 5000,
): Promise<Ack<CommandResult<K>>> {
  // The typed overloads cannot express "any payload"; tests need that to send malformed ones.
  const timed = socket.timeout(timeoutMs) as unknown as {
    emitWithAck(event: string, payload: unknown): Promise<Ack<CommandResult<K>>>;
  };
  return timed.emitWithAck(name, payload);
}

/** Resolves with the next matching event (no sleeps: tests wait for events). */
export function waitFor<K extends ServerEventName>(
  socket: TestSocket,
  name: K,
  predicate: (payload: ServerEventPayload<K>) => boolean = () => true,
  timeoutMs = 5000,
): Promise<ServerEventPayload<K>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(name, listener as never);
      reject(new Error(`timed out waiting for ${name}`));
    }, timeoutMs);
    const listener = (payload: ServerEventPayload<K>): void => {
      if (!predicate(payload)) return;
      clearTimeout(timer);
      socket.off(name, listener as never);
      resolve(payload);
    };
    socket.on(name, listener as never);
  });
}
