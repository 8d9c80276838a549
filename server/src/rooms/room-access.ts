import { ErrorCode, type Room, type RoomId, type RoomRole } from '@konsiili/shared';
import type { Actor } from '../auth/actor.ts';
import { AppError } from '../platform/app-error.ts';
import type { RoomStore } from './room.store.ts';

/**
 * Port: creates rooms that exist by convention before anyone stored them (a PPT series' occurrences).
 * `provision` is asked when a room id is not in the store; it resolves the new room, or undefined when the
 * id names nothing. `ensureUpcoming` runs before the home page is listed, so that the actor's next
 * sessions exist as rooms and show up there.
 */
export interface RoomProvisioner {
  provision(roomId: RoomId): Promise<Room | undefined>;
  ensureUpcoming(actor: Actor): Promise<void>;
}

/**
 * Port: whether somebody who is not yet a member may walk into a room, or must wait in the lobby first.
 * Without a gate, everyone the policy lets join walks in.
 */
export interface RoomGate {
  admission(actor: Actor, room: Room): Promise<'walk-in' | 'lobby' | 'refused'>;
  /** The role somebody waiting at the door will get, or undefined when they are not waiting. */
  waitingRole(actor: Actor, room: Room): Promise<RoomRole | undefined>;
}

/** The stored room, or the one the provisioner creates for an id that exists by convention. */
export async function findOrProvision(
  rooms: Pick<RoomStore, 'get'>,
  provisioner: Pick<RoomProvisioner, 'provision'> | undefined,
  roomId: RoomId,
): Promise<Room | undefined> {
  return (await rooms.get(roomId)) ?? (await provisioner?.provision(roomId));
}

/**
 * Throws unless a non-member may walk in. Every path that makes somebody a member (room:join, the PPT
 * prejoin) asks here, so the lobby has no side door. The LOBBY reason tells the client to show the
 * waiting view rather than a dead end.
 */
export async function requireEntry(gate: RoomGate | undefined, actor: Actor, room: Room): Promise<void> {
  const admission = gate ? await gate.admission(actor, room) : 'walk-in';
  if (admission === 'lobby')
    throw new AppError(ErrorCode.FORBIDDEN, 'wait in the lobby', { reason: 'LOBBY' });
  if (admission === 'refused') throw new AppError(ErrorCode.FORBIDDEN, 'not allowed in this room');
}
