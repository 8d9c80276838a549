import type { z } from 'zod';
import type { Ack } from './ack.ts';
import type { CommandSpec } from './define.ts';
import { chatCommands, chatEvents } from './chat.ts';
import { lobbyCommands, lobbyEvents } from './lobby.ts';
import { mediaCommands, mediaEvents } from './media.ts';
import { queueCommands, queueEvents } from './queue.ts';
import { roomCommands, roomEvents } from './rooms.ts';
import { systemEvents } from './system.ts';

/** Every client→server command, by event name. Add an area's table here and the types follow. */
export const commands = {
  ...roomCommands,
  ...queueCommands,
  ...chatCommands,
  ...lobbyCommands,
  ...mediaCommands,
} as const satisfies Record<string, CommandSpec>;

/** Every server→client event, by event name. */
export const serverEvents = {
  ...roomEvents,
  ...queueEvents,
  ...chatEvents,
  ...lobbyEvents,
  ...mediaEvents,
  ...systemEvents,
} as const satisfies Record<string, z.ZodType>;

export type Commands = typeof commands;
export type CommandName = keyof Commands;
export type CommandRequest<K extends CommandName> = z.input<Commands[K]['request']>;
export type CommandPayload<K extends CommandName> = z.output<Commands[K]['request']>;
export type CommandResult<K extends CommandName> = z.output<Commands[K]['response']>;

export type ServerEvents = typeof serverEvents;
export type ServerEventName = keyof ServerEvents;
export type ServerEventPayload<K extends ServerEventName> = z.output<ServerEvents[K]>;

export type ClientToServerEvents = {
  [K in CommandName]: (payload: CommandRequest<K>, ack: (response: Ack<CommandResult<K>>) => void) => void;
};

export type ServerToClientEvents = {
  [K in ServerEventName]: (payload: ServerEventPayload<K>) => void;
};
