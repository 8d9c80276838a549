import type { AppSocket, CommandRegistrar } from '../transport/socket.ts';
import type { LobbyService } from './lobby.service.ts';

export function registerLobbyHandlers(
  socket: AppSocket,
  handle: CommandRegistrar,
  lobby: LobbyService,
): void {
  handle(socket, 'lobby:knock', (ctx, p) => lobby.knock(ctx.actor, p.roomId));
  handle(socket, 'lobby:list', (ctx, p) => lobby.list(ctx.actor, p.roomId));
  handle(socket, 'lobby:admit', (ctx, p) => lobby.admit(ctx.actor, p.roomId, p.userId));
  handle(socket, 'lobby:decline', (ctx, p) => lobby.decline(ctx.actor, p.roomId, p.userId));
}
