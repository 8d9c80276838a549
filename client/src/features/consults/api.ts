import {
  ClientReferenceResponse,
  Consult,
  ConsultCallResponse,
  ConsultFigures,
  ConsultList,
  TargetList,
  TeamList,
  type ConsultActionRequest,
  type ConsultBox,
  type ConsultTarget,
  type CreateConsultRequest,
  type RoomId,
  type Team,
  type UserId,
} from '@konsiili/shared';
import { request } from '../../lib/api.ts';

const path = (id: string) => `/api/consults/${encodeURIComponent(id)}`;

export async function fetchConsults(box: ConsultBox, signal: AbortSignal): Promise<Consult[]> {
  const list = await request(`/api/consults?box=${box}`, ConsultList, { signal });
  return list.consults;
}

export function fetchConsult(id: string, signal: AbortSignal): Promise<Consult> {
  return request(path(id), Consult, { signal });
}

/** Professionals only (FORBIDDEN otherwise); VALIDATION when an identified request lacks its consent. */
export function createConsult(input: CreateConsultRequest): Promise<Consult> {
  return request('/api/consults', Consult, { method: 'POST', body: input });
}

/** FORBIDDEN when the actor may not take this step, CONFLICT when the state has moved on meanwhile. */
export function actOnConsult(id: string, action: ConsultActionRequest): Promise<Consult> {
  return request(`${path(id)}/actions`, Consult, { method: 'POST', body: action });
}

/** Only the requester and the owner; the server logs every read. */
export async function fetchClientReference(id: string): Promise<string> {
  const answer = await request(`${path(id)}/client-reference`, ClientReferenceResponse);
  return answer.clientReference;
}

/** Opens (or reopens) the call room of the consult; parties only. */
export async function startCall(id: string, inviteUserIds: readonly UserId[] = []): Promise<RoomId> {
  const answer = await request(`${path(id)}/call`, ConsultCallResponse, {
    method: 'POST',
    body: { inviteUserIds },
  });
  return answer.roomId;
}

export async function fetchTargets(signal: AbortSignal): Promise<ConsultTarget[]> {
  const list = await request('/api/directory/targets', TargetList, { signal });
  return list.targets;
}

export async function fetchTeams(signal: AbortSignal): Promise<Team[]> {
  const list = await request('/api/directory/teams', TeamList, { signal });
  return list.teams;
}

export function fetchFigures(month: string, signal: AbortSignal): Promise<ConsultFigures> {
  return request(`/api/consults/figures?month=${encodeURIComponent(month)}`, ConsultFigures, { signal });
}

export function figuresCsvUrl(month: string): string {
  return `/api/consults/figures.csv?month=${encodeURIComponent(month)}`;
}
