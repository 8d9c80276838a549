import type { AppSocket, CommandRegistrar } from '../transport/socket.ts';
import type { ChatService } from './chat.service.ts';

export function registerChatHandlers(socket: AppSocket, handle: CommandRegistrar, chat: ChatService): void {
  handle(socket, 'chat:send', (ctx, p) => chat.send(ctx.actor, p));
  handle(socket, 'chat:history', (ctx, p) => chat.history(ctx.actor, p));
  handle(socket, 'chat:delete', async (ctx, p) => {
    await chat.remove(ctx.actor, p.roomId, p.messageId);
    return { ok: true as const };
  });
  handle(socket, 'chat:set-enabled', async (ctx, p) => {
    await chat.setEnabled(ctx.actor, p.roomId, p.isEnabled);
    return { ok: true as const };
  });
}
