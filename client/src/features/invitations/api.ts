import { InvitationPreview, Me, type AcceptInvitationRequest } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

function tokenPath(token: string): string {
  return `/api/invitations/${encodeURIComponent(token)}`;
}

/** 404 NOT_FOUND when the link is invalid or expired. Carries the room id and the services to choose from. */
export function fetchInvitation(token: string, signal: AbortSignal): Promise<InvitationPreview> {
  return request(tokenPath(token), InvitationPreview, { signal });
}

/** Creates the guest and signs them in (the server sets the session cookie). */
export function acceptInvitation(token: string, body: AcceptInvitationRequest): Promise<Me> {
  return request(`${tokenPath(token)}/accept`, Me, { method: 'POST', body });
}
