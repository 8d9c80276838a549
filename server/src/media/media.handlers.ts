import { RoomLeave, mediaCommands, type MediaCommandName } from '@konsiili/shared';
import type { AppSocket, CommandRegistrar } from '../transport/socket.ts';
import type { MediaService } from './media.service.ts';

const RELAYED = Object.keys(mediaCommands) as MediaCommandName[];

/** Every media command is parsed by the registrar, authorised by the service, then relayed to media. */
export function registerMediaHandlers(
  socket: AppSocket,
  handle: CommandRegistrar,
  media: MediaService,
): void {
  for (const name of RELAYED) {
    handle(socket, name, async (ctx, p) => {
      const result = await media.relay(ctx.actor, ctx.socketId, name, p);
      // The socket may have gone while its join was on the way; its disconnect found nothing to close then.
      if (socket.disconnected) void media.socketGone(socket.id);
      return result;
    });
  }
  // Leaving the room ends the call there too; the rooms feature answers the command itself.
  socket.on('room:leave', (payload: unknown) => {
    const parsed = RoomLeave.safeParse(payload);
    if (parsed.success) void media.leftRoom(socket.id, parsed.data.roomId);
  });
  socket.on('disconnect', () => void media.socketGone(socket.id));
}
