import {
  HomeResponse,
  InvitationPreview,
  Me,
  Organisation,
  type AcceptInvitationRequest,
  type RoomId,
} from '@konsiili/shared';
import { request } from '../../lib/api.ts';

function tokenPath(token: string): string {
  return `/api/invitations/${encodeURIComponent(token)}`;
}

/** 404 NOT_FOUND when the link is invalid or expired. */
export function fetchInvitation(token: string, signal: AbortSignal): Promise<InvitationPreview> {
  return request(tokenPath(token), InvitationPreview, { signal });
}

/** The service catalogue for the optional "service I represent" choice. */
export function fetchOrganisation(signal: AbortSignal): Promise<Organisation> {
  return request('/api/organisation', Organisation, { signal });
}

/** Creates the guest and signs them in (the server sets the session cookie). */
export function acceptInvitation(token: string, body: AcceptInvitationRequest): Promise<Me> {
  return request(`${tokenPath(token)}/accept`, Me, { method: 'POST', body });
}

/** A guest belongs to exactly the one room of the invitation, so home lists only that room. */
export async function findInvitedRoom(): Promise<RoomId | undefined> {
  const home = await request('/api/home', HomeResponse);
  const rooms = [...home.sessions, ...home.consultations];
  return rooms.length === 1 ? rooms[0]?.id : undefined;
}
