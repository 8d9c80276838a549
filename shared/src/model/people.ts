import { z } from 'zod';
import { OrgId, ServiceId, UserId } from './ids.ts';
import { OrgRoleSchema } from './roles.ts';
import { ServiceCatalogue } from './services.ts';

export const DisplayName = z.string().trim().min(1).max(80);
export const Profession = z.string().trim().min(1).max(80);

export const Organisation = z.object({
  id: OrgId,
  name: z.string().trim().min(1).max(120),
  services: ServiceCatalogue,
});
export type Organisation = z.infer<typeof Organisation>;

/** A person as the rest of the product sees them: no credentials, no contact data. */
export const Professional = z.object({
  id: UserId,
  orgId: OrgId,
  displayName: DisplayName,
  profession: Profession,
  services: z.array(ServiceId).max(20),
  roles: z.array(OrgRoleSchema).min(1),
});
export type Professional = z.infer<typeof Professional>;
