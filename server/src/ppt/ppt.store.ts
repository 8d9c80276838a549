import type { OrgId, PptState, RoomId, Series, SeriesId, SessionSummary } from '@konsiili/shared';

/** One compare-and-set of saveStates: store `state` if the stored version is `expectedVersion`. */
export interface StateWrite {
  state: PptState;
  expectedVersion: number;
}

/** Port: PPT series, the live state of each occurrence, and the summaries of ended sessions. */
export interface PptStore {
  /** Rejects with DuplicateKeyError("ppt_series.id") when the id is taken. */
  createSeries(series: Series): Promise<void>;
  getSeries(id: SeriesId): Promise<Series | undefined>;
  /** The organisation's series in the order they were created. */
  listSeries(orgId: OrgId): Promise<Series[]>;
  /** Replaces a stored series; resolves false when there is none with that id. */
  updateSeries(series: Series): Promise<boolean>;

  getState(roomId: RoomId): Promise<PptState | undefined>;
  /**
   * Compare-and-set: stores `state` only if the stored version equals `expectedVersion` (a state never
   * stored counts as version 0). Resolves false, storing nothing, when someone else saved first.
   */
  saveState(state: PptState, expectedVersion: number): Promise<boolean>;
  /**
   * saveState for several occurrences at once, all or nothing: resolves true having stored every state, or
   * false, storing none, when any stored version differs from its expected one. Each room may appear once;
   * a repeated room id rejects (a caller bug, not a race).
   */
  saveStates(writes: readonly StateWrite[]): Promise<boolean>;

  /** Files (or replaces) the summary of one occurrence. */
  putSummary(summary: SessionSummary): Promise<void>;
  getSummary(roomId: RoomId): Promise<SessionSummary | undefined>;
  /** A series' summaries, oldest occurrence first. */
  listSummaries(seriesId: SeriesId): Promise<SessionSummary[]>;
}
