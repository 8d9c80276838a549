import { ErrorCode, ErrorEnvelope } from '@konsiili/shared';
import type { z } from 'zod';
import { ApiError, ClientErrorCode } from './api-error.ts';
import { notifyUnauthenticated } from './unauthenticated.ts';

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  signal?: AbortSignal;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(ClientErrorCode.NETWORK);
  }
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const envelope = ErrorEnvelope.safeParse(await readJson(response));
  if (envelope.success) {
    return new ApiError(envelope.data.code, response.status, envelope.data.details);
  }
  // A proxy or a crashed server may answer without our envelope; keep the user's message meaningful.
  if (response.status === 401) return new ApiError(ErrorCode.UNAUTHENTICATED, 401);
  if (response.status === 429) return new ApiError(ErrorCode.RATE_LIMITED, 429);
  if (response.status >= 500) return new ApiError(ErrorCode.INTERNAL, response.status);
  return new ApiError(ClientErrorCode.BAD_RESPONSE, response.status);
}

async function failed(response: Response): Promise<never> {
  const error = await toApiError(response);
  if (error.code === ErrorCode.UNAUTHENTICATED) {
    notifyUnauthenticated();
  }
  throw error;
}

/** Sends a request and parses the JSON answer with a shared schema. Throws ApiError on any failure. */
export async function request<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const response = await send(path, options);
  if (!response.ok) return failed(response);
  const parsed = schema.safeParse(await readJson(response));
  if (!parsed.success) throw new ApiError(ClientErrorCode.BAD_RESPONSE, response.status);
  return parsed.data;
}

/** For endpoints that answer 204 No Content. */
export async function requestNoContent(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  if (!response.ok) await failed(response);
}
