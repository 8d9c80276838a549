import { z } from 'zod';
import { RoomId, ServiceId, UserId } from '../model/ids.ts';
import { DisplayName, Profession } from '../model/people.ts';
import { RoomRoleSchema } from '../model/roles.ts';
import { command } from './define.ts';

/** Somebody waiting to be let into a room, as the moderators see them. */
export const LobbyEntry = z.object({
  roomId: RoomId,
  userId: UserId,
  displayName: DisplayName,
  profession: Profession,
  serviceId: ServiceId.optional(),
  /** The role they get when admitted (an invitation's role, else participant). */
  role: RoomRoleSchema,
  /** Their organisation's name when it is not the room's own. */
  fromOrganisation: z.string().optional(),
  since: z.iso.datetime({ offset: true }),
});
export type LobbyEntry = z.infer<typeof LobbyEntry>;

export const LobbyKnock = z.object({ roomId: RoomId });
export type LobbyKnock = z.infer<typeof LobbyKnock>;

/** `admitted`: go ahead with room:join. `waiting`: a moderator decides. `declined`: stay out. */
export const LobbyStatus = z.object({ status: z.enum(['admitted', 'waiting', 'declined']) });
export type LobbyStatus = z.infer<typeof LobbyStatus>;

export const LobbyList = z.object({ roomId: RoomId });
export const LobbyWaiting = z.object({ roomId: RoomId, waiting: z.array(LobbyEntry) });
export type LobbyWaiting = z.infer<typeof LobbyWaiting>;

export const LobbyDecide = z.object({ roomId: RoomId, userId: UserId });
export type LobbyDecide = z.infer<typeof LobbyDecide>;

export const LobbyDecided = z.object({ roomId: RoomId });

export const lobbyCommands = {
  /**
   * Ask to enter a room. Members (and, where the room allows it, members of its organisation) are
   * admitted at once; guests and people from other organisations wait for a moderator.
   */
  'lobby:knock': command(LobbyKnock, LobbyStatus),
  /** Moderators only: who is waiting. */
  'lobby:list': command(LobbyList, LobbyWaiting),
  /** Moderators only: let one person in (they get the role their entry names). */
  'lobby:admit': command(LobbyDecide, LobbyWaiting),
  /** Moderators only: turn one person away. */
  'lobby:decline': command(LobbyDecide, LobbyWaiting),
} as const;

export const lobbyEvents = {
  /** To the room: the waiting list changed (clients show it to moderators only). */
  'lobby:updated': LobbyWaiting,
  /** To the waiting person only. */
  'lobby:admitted': LobbyDecided,
  'lobby:declined': LobbyDecided,
} as const;
