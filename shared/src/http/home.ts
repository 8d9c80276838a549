import { z } from 'zod';
import { Room } from '../model/rooms.ts';
import { RoomRoleSchema } from '../model/roles.ts';

/**
 * A room as one person sees it. Somebody waiting at the door (another organisation's professional
 * in the lobby) gets no createdBy or createdAt.
 */
export const RoomSummary = Room.extend({
  myRole: RoomRoleSchema,
  createdBy: Room.shape.createdBy.optional(),
  createdAt: Room.shape.createdAt.optional(),
});
export type RoomSummary = z.infer<typeof RoomSummary>;

/** The home page: my upcoming sessions and my open consultations, soonest first. */
export const HomeResponse = z.object({
  sessions: z.array(RoomSummary),
  consultations: z.array(RoomSummary),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
