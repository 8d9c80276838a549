import type { AppSocket, CommandRegistrar } from '../transport/socket.ts';
import type { PptService } from './ppt.service.ts';

export function registerPptHandlers(socket: AppSocket, handle: CommandRegistrar, ppt: PptService): void {
  handle(socket, 'session:enter', (ctx, p) => ppt.enter(ctx.actor, p));
  handle(socket, 'queue:sync', (ctx, p) => ppt.sync(ctx.actor, p.roomId));
  handle(socket, 'queue:declare', (ctx, p) => ppt.declare(ctx.actor, p));
  handle(socket, 'queue:add-phenomenon', (ctx, p) => ppt.addPhenomenon(ctx.actor, p));
  handle(socket, 'queue:edit-item', (ctx, p) => ppt.editItem(ctx.actor, p));
  handle(socket, 'queue:reorder', (ctx, p) => ppt.reorder(ctx.actor, p.roomId, p.itemIds));
  handle(socket, 'queue:start', (ctx, p) => ppt.start(ctx.actor, p.roomId, p.itemId));
  handle(socket, 'queue:extend', (ctx, p) => ppt.extend(ctx.actor, p.roomId, p.minutes));
  handle(socket, 'queue:finish', (ctx, p) => ppt.finish(ctx.actor, p.roomId, p.outcome));
  handle(socket, 'queue:withdraw', (ctx, p) => ppt.withdraw(ctx.actor, p.roomId, p.itemId));
  handle(socket, 'queue:defer', (ctx, p) => ppt.defer(ctx.actor, p.roomId, p.itemId));
  handle(socket, 'queue:raise-hand', (ctx, p) => ppt.raiseHand(ctx.actor, p.roomId));
  handle(socket, 'queue:lower-hand', (ctx, p) => ppt.lowerHand(ctx.actor, p.roomId, p.userId));
  handle(socket, 'queue:give-floor', (ctx, p) => ppt.giveFloor(ctx.actor, p.roomId, p.userId));
  handle(socket, 'queue:clear-hands', (ctx, p) => ppt.clearHands(ctx.actor, p.roomId));
  handle(socket, 'session:assign-chair', (ctx, p) => ppt.assignChair(ctx.actor, p.roomId, p.userId));
  handle(socket, 'session:end', (ctx, p) => ppt.end(ctx.actor, p.roomId));
}
