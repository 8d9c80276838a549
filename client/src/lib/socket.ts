import {
  ErrorEnvelope,
  ackSchema,
  commands,
  type ClientToServerEvents,
  type CommandName,
  type CommandRequest,
  type CommandResult,
  type ServerToClientEvents,
} from '@konsiili/shared';
import { io, type Socket } from 'socket.io-client';
import { useSyncExternalStore } from 'react';
import { ApiError, ClientErrorCode } from './api-error.ts';
import { notifyUnauthenticated } from './unauthenticated.ts';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** The one socket of the app. Connected while someone is signed in; cookie-authenticated. */
export const socket: AppSocket = io({ path: '/socket.io', withCredentials: true, autoConnect: false });

/**
 * - idle: not connected on purpose (signed out)
 * - connecting: first attempt after sign-in
 * - connected
 * - reconnecting: the connection dropped and the client is retrying on its own
 * - refused: the server turned the connection down (e.g. the session expired)
 */
export type ConnectionState = 'idle' | 'connecting' | 'connected' | 'reconnecting' | 'refused';

let state: ConnectionState = 'idle';
let hasConnected = false;
let shutdownDelayMs: number | undefined;
let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
const stateListeners = new Set<() => void>();

function setState(next: ConnectionState): void {
  if (state === next) return;
  state = next;
  for (const listener of stateListeners) listener();
}

const RefusalData = ErrorEnvelope.pick({ code: true });

socket.on('connect', () => {
  hasConnected = true;
  shutdownDelayMs = undefined;
  setState('connected');
});

socket.on('server:shutting-down', ({ reconnectAfterMs }) => {
  shutdownDelayMs = reconnectAfterMs;
});

socket.on('disconnect', (reason) => {
  if (reason === 'io client disconnect') {
    setState('idle');
    return;
  }
  if (reason === 'io server disconnect') {
    // socket.io does not retry after a server-side close; during a rolling restart we must, and with
    // jitter so that every client of the node does not arrive at the same moment.
    const delay = (shutdownDelayMs ?? 1000) + Math.random() * 1000;
    clearTimeout(reconnectTimer);
    reconnectTimer = setTimeout(() => socket.connect(), delay);
  }
  setState('reconnecting');
});

socket.on('connect_error', (error) => {
  if (socket.active) {
    setState(hasConnected ? 'reconnecting' : 'connecting');
    return;
  }
  const refusal = RefusalData.safeParse('data' in error ? error.data : undefined);
  setState('refused');
  if (refusal.success && refusal.data.code === 'UNAUTHENTICATED') notifyUnauthenticated();
});

export function connectSocket(): void {
  if (socket.connected || socket.active) return;
  setState(hasConnected ? 'reconnecting' : 'connecting');
  socket.connect();
}

export function disconnectSocket(): void {
  clearTimeout(reconnectTimer);
  hasConnected = false;
  socket.disconnect();
  setState('idle');
}

function subscribe(listener: () => void): () => void {
  stateListeners.add(listener);
  return () => {
    stateListeners.delete(listener);
  };
}

/** The socket's connection state, re-rendering on every change. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribe, () => state);
}

export type CommandOutcome<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export const DEFAULT_ACK_TIMEOUT_MS = 10_000;

/**
 * Sends a command and waits for its ack. Always resolves: a refusal, a timeout and a malformed ack all
 * become `{ ok: false, error }` with an ApiError code the UI can translate.
 */
export async function sendCommand<K extends CommandName>(
  name: K,
  payload: CommandRequest<K>,
  timeoutMs = DEFAULT_ACK_TIMEOUT_MS,
): Promise<CommandOutcome<CommandResult<K>>> {
  let response: unknown;
  try {
    response = await emitRaw(name, payload, timeoutMs);
  } catch {
    return { ok: false, error: new ApiError(ClientErrorCode.TIMEOUT) };
  }
  const parsed = ackSchema(commands[name].response).safeParse(response);
  if (!parsed.success) return { ok: false, error: new ApiError(ClientErrorCode.BAD_RESPONSE) };
  if (!parsed.data.ok) {
    return { ok: false, error: new ApiError(parsed.data.error.code, undefined, parsed.data.error.details) };
  }
  // commands[name] is indexed by the generic K, so TypeScript widens the parsed data to every command's result.
  return { ok: true, data: parsed.data.data as CommandResult<K> };
}

function emitRaw(name: CommandName, payload: unknown, timeoutMs: number): Promise<unknown> {
  // TypeScript cannot relate a generic command name to socket.io's mapped parameter types; the
  // signature of sendCommand keeps callers typed and the ack is parsed with its schema anyway.
  const untyped = socket as unknown as Socket;
  return untyped.timeout(timeoutMs).emitWithAck(name, payload);
}
