import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import type { Ack } from './ack.ts';
import {
  commands,
  serverEvents,
  type ClientToServerEvents,
  type CommandResult,
  type ServerToClientEvents,
} from './events.ts';
import type { RoomSnapshot } from './rooms.ts';

describe('protocol tables', () => {
  it('[P1] every command has a request and a response schema', () => {
    for (const [name, spec] of Object.entries(commands)) {
      expect(spec.request, name).toBeInstanceOf(z.ZodType);
      expect(spec.response, name).toBeInstanceOf(z.ZodType);
    }
  });

  it('[P2] every server event has a schema', () => {
    for (const [name, schema] of Object.entries(serverEvents)) expect(schema, name).toBeInstanceOf(z.ZodType);
  });

  it('[P3] event names follow area:verb', () => {
    for (const name of [...Object.keys(commands), ...Object.keys(serverEvents)]) {
      expect(name).toMatch(/^[a-z]+:[a-z-]+$/);
    }
  });

  it('[P4] the socket.io maps are derived from the schemas', () => {
    expectTypeOf<Parameters<ClientToServerEvents['room:join']>[0]>().toEqualTypeOf<{ roomId: string }>();
    expectTypeOf<Parameters<Parameters<ClientToServerEvents['room:join']>[1]>[0]>().toEqualTypeOf<
      Ack<RoomSnapshot>
    >();
    expectTypeOf<CommandResult<'room:join'>>().toEqualTypeOf<RoomSnapshot>();
    expectTypeOf<Parameters<ServerToClientEvents['server:shutting-down']>[0]>().toEqualTypeOf<{
      reconnectAfterMs: number;
    }>();
  });
});
