import type { RoomService } from './room.service.ts';
import type { AppSocket, CommandRegistrar } from '../transport/socket.ts';
import type { RoomId } from '@konsiili/shared';

export function registerRoomHandlers(socket: AppSocket, handle: CommandRegistrar, rooms: RoomService): void {
  handle(socket, 'room:join', (ctx, p) => rooms.join(ctx.actor, ctx.socketId, p.roomId));
  handle(socket, 'room:leave', async (ctx, p) => {
    await rooms.leave(ctx.actor, ctx.socketId, p.roomId);
    return { roomId: p.roomId };
  });
  handle(socket, 'room:set-role', (ctx, p) => rooms.setRole(ctx.actor, p));

  // Capture the rooms while the socket is still in them; by 'disconnect' it has left them all.
  let joined: RoomId[] = [];
  socket.on('disconnecting', () => {
    joined = [...socket.rooms]
      .filter((r) => r.startsWith('room:'))
      .map((r) => r.slice('room:'.length) as RoomId);
  });
  socket.on('disconnect', () => {
    rooms.disconnected(socket.data.actor, joined).catch(() => undefined);
  });
}
