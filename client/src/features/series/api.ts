import { Series, SeriesDetail, SeriesList, type CreateSeriesRequest, type SeriesId } from '@konsiili/shared';
import { request } from '../../lib/api.ts';

export function fetchSeriesList(signal: AbortSignal): Promise<SeriesList> {
  return request('/api/series', SeriesList, { signal });
}

export function fetchSeriesDetail(id: SeriesId, signal: AbortSignal): Promise<SeriesDetail> {
  return request(`/api/series/${encodeURIComponent(id)}`, SeriesDetail, { signal });
}

/** Organisers and admins only (403 FORBIDDEN otherwise); 409 CONFLICT when the id is taken. */
export function createSeries(input: CreateSeriesRequest): Promise<Series> {
  return request('/api/series', Series, { method: 'POST', body: input });
}

export function calendarUrl(id: SeriesId): string {
  return `/api/series/${encodeURIComponent(id)}/calendar.ics`;
}
