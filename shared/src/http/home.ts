import { z } from 'zod';
import { Room } from '../model/rooms.ts';
import { RoomRoleSchema } from '../model/roles.ts';

export const RoomSummary = Room.extend({ myRole: RoomRoleSchema });
export type RoomSummary = z.infer<typeof RoomSummary>;

/** The home page: my upcoming sessions and my open consultations, soonest first. */
export const HomeResponse = z.object({
  sessions: z.array(RoomSummary),
  consultations: z.array(RoomSummary),
});
export type HomeResponse = z.infer<typeof HomeResponse>;
