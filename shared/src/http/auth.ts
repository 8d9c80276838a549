import { z } from 'zod';
import { Organisation, Professional } from '../model/people.ts';

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(120),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** Who I am and where I belong; returned by login and by GET /api/me. */
export const Me = z.object({
  user: Professional,
  organisation: Organisation,
});
export type Me = z.infer<typeof Me>;
