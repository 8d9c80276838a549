import { z } from 'zod';
import { ServiceId, UserId } from '../model/ids.ts';
import {
  LocalDate,
  LocalTime,
  Occurrence,
  Series,
  SeriesException,
  SeriesId,
  SessionSummary,
} from '../model/ppt.ts';

export const CreateSeriesRequest = z.object({
  id: SeriesId,
  centreName: z.string().trim().min(1).max(120),
  weekday: z.number().int().min(1).max(7),
  startTime: LocalTime,
  durationMinutes: z.number().int().min(15).max(240).default(60),
  firstDate: LocalDate,
  requiredServices: z.array(ServiceId).max(30).default([]),
  chairId: UserId,
  deputyChairId: UserId.optional(),
  membersSkipLobby: z.boolean().default(true),
});
export type CreateSeriesRequest = z.input<typeof CreateSeriesRequest>;

export const UpdateSeriesExceptionsRequest = z.object({ exceptions: z.array(SeriesException).max(200) });
export type UpdateSeriesExceptionsRequest = z.infer<typeof UpdateSeriesExceptionsRequest>;

export const SeriesList = z.object({ series: z.array(Series) });
export type SeriesList = z.infer<typeof SeriesList>;

/** A series page: the series, its next occurrences with join links, and the figures so far. */
export const SeriesDetail = z.object({
  series: Series,
  upcoming: z.array(Occurrence.extend({ joinUrl: z.string() })),
  summaries: z.array(SessionSummary),
});
export type SeriesDetail = z.infer<typeof SeriesDetail>;

export const OccurrenceQuery = z.object({
  from: LocalDate.optional(),
  count: z.coerce.number().int().min(1).max(52).default(8),
});
