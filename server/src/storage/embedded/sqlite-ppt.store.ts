import type Database from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import { PptState, Series, SessionSummary, type OrgId, type RoomId, type SeriesId } from '@konsiili/shared';
import type { PptStore, StateWrite } from '../../ppt/ppt.store.ts';
import { asDuplicateKeyError } from './constraint-errors.ts';
import { deepFreeze } from './frozen.ts';
import { parseJson } from '../records.ts';
import { settle } from './settle.ts';

/** Migration step 5 (append-only, see migrations.ts): series, the live state of each occurrence, summaries. */
export const PPT_SCHEMA = `
  CREATE TABLE ppt_series (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    org_id TEXT NOT NULL,
    series_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX ppt_series_by_org ON ppt_series (org_id, seq);

  CREATE TABLE ppt_states (
    room_id TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    state_json TEXT NOT NULL
  ) STRICT;

  CREATE TABLE ppt_summaries (
    room_id TEXT PRIMARY KEY,
    series_id TEXT NOT NULL,
    date TEXT NOT NULL,
    summary_json TEXT NOT NULL
  ) STRICT;
  CREATE INDEX ppt_summaries_by_series ON ppt_summaries (series_id, date);
`;

interface JsonRow {
  json: string;
}

interface StateRow {
  room_id: string;
  version: number;
  json: string;
}

/** Series and live session states kept in memory; far more than one node holds open at once. */
const CACHE_SIZE = 10_000;

/**
 * Series, session states and summaries in the embedded file. Every queue command reads its series and
 * its session's state, so both are also kept in memory: series parsed once and dropped when updated,
 * states written through on save. Only this connection writes them (the embedded store has a single
 * server process), so the copies cannot go stale. The comparison of a compare-and-set still reads the
 * version from the file, inside the write transaction.
 */
export class SqlitePptStore implements PptStore {
  readonly #series = new LRUCache<string, Series>({ max: CACHE_SIZE });
  readonly #states = new LRUCache<string, PptState>({ max: CACHE_SIZE });
  readonly #insertSeries: Database.Statement<[{ id: string; org_id: string; json: string }]>;
  readonly #getSeries: Database.Statement<[string], JsonRow>;
  readonly #listSeries: Database.Statement<[string], JsonRow>;
  readonly #updateSeries: Database.Statement<[{ id: string; json: string }]>;
  readonly #getState: Database.Statement<[string], JsonRow>;
  readonly #getVersion: Database.Statement<[string], { version: number }>;
  readonly #upsertState: Database.Statement<[StateRow]>;
  readonly #saveFirstState: Database.Statement<[StateRow]>;
  readonly #saveStateFrom: Database.Statement<[StateRow & { expected: number }]>;
  readonly #upsertSummary: Database.Statement<
    [{ room_id: string; series_id: string; date: string; json: string }]
  >;
  readonly #getSummary: Database.Statement<[string], JsonRow>;
  readonly #listSummaries: Database.Statement<[string], JsonRow>;
  /** Resolves the JSON written per state, or false when a version did not match and nothing was. */
  readonly #compareAndSetAll: Database.Transaction<(writes: readonly StateWrite[]) => string[] | false>;

  constructor(db: Database.Database) {
    this.#insertSeries = db.prepare(
      'INSERT INTO ppt_series (id, org_id, series_json) VALUES (@id, @org_id, @json)',
    );
    this.#getSeries = db.prepare('SELECT series_json AS json FROM ppt_series WHERE id = ?');
    this.#listSeries = db.prepare('SELECT series_json AS json FROM ppt_series WHERE org_id = ? ORDER BY seq');
    this.#updateSeries = db.prepare('UPDATE ppt_series SET series_json = @json WHERE id = @id');
    this.#getState = db.prepare('SELECT state_json AS json FROM ppt_states WHERE room_id = ?');
    this.#getVersion = db.prepare('SELECT version FROM ppt_states WHERE room_id = ?');
    this.#upsertState = db.prepare(
      `INSERT INTO ppt_states (room_id, version, state_json) VALUES (@room_id, @version, @json)
       ON CONFLICT (room_id) DO UPDATE SET version = excluded.version, state_json = excluded.state_json`,
    );
    // A single save is one statement, atomic on its own: the first save of a session (a missing state
    // counts as version 0) or an update from the expected version. Each call into SQLite costs tens of
    // microseconds on the queue path, where a transaction would take four.
    this.#saveFirstState = db.prepare(
      `INSERT INTO ppt_states (room_id, version, state_json) VALUES (@room_id, @version, @json)
       ON CONFLICT (room_id) DO UPDATE SET version = excluded.version, state_json = excluded.state_json
       WHERE ppt_states.version = 0`,
    );
    this.#saveStateFrom = db.prepare(
      `UPDATE ppt_states SET version = @version, state_json = @json
       WHERE room_id = @room_id AND version = @expected`,
    );
    this.#upsertSummary = db.prepare(
      `INSERT INTO ppt_summaries (room_id, series_id, date, summary_json)
       VALUES (@room_id, @series_id, @date, @json)
       ON CONFLICT (room_id) DO UPDATE SET summary_json = excluded.summary_json`,
    );
    this.#getSummary = db.prepare('SELECT summary_json AS json FROM ppt_summaries WHERE room_id = ?');
    this.#listSummaries = db.prepare(
      'SELECT summary_json AS json FROM ppt_summaries WHERE series_id = ? ORDER BY date',
    );
    // Every comparison runs before the first write, so a refusal leaves all the states as they were.
    this.#compareAndSetAll = db.transaction((writes: readonly StateWrite[]) => {
      for (const { state, expectedVersion } of writes) {
        if ((this.#getVersion.get(state.roomId)?.version ?? 0) !== expectedVersion) return false;
      }
      return writes.map(({ state }) => {
        const json = JSON.stringify(state);
        this.#upsertState.run({ room_id: state.roomId, version: state.version, json });
        return json;
      });
    });
  }

  createSeries(series: Series): Promise<void> {
    return settle(() => {
      try {
        this.#insertSeries.run({ id: series.id, org_id: series.orgId, json: JSON.stringify(series) });
      } catch (error) {
        throw asDuplicateKeyError(error, { 'ppt_series.id': 'ppt_series.id' });
      }
    });
  }

  getSeries(id: SeriesId): Promise<Series | undefined> {
    return settle(() => {
      const known = this.#series.get(id);
      if (known) return known;
      const row = this.#getSeries.get(id);
      if (row === undefined) return undefined;
      const series = deepFreeze(Series.parse(parseJson(row.json)));
      this.#series.set(id, series);
      return series;
    });
  }

  listSeries(orgId: OrgId): Promise<Series[]> {
    return settle(() => this.#listSeries.all(orgId).map((row) => Series.parse(parseJson(row.json))));
  }

  updateSeries(series: Series): Promise<boolean> {
    return settle(() => {
      this.#series.delete(series.id);
      return this.#updateSeries.run({ id: series.id, json: JSON.stringify(series) }).changes === 1;
    });
  }

  getState(roomId: RoomId): Promise<PptState | undefined> {
    return settle(() => {
      const known = this.#states.get(roomId);
      if (known) return known;
      const row = this.#getState.get(roomId);
      if (row === undefined) return undefined;
      const state = deepFreeze(PptState.parse(parseJson(row.json)));
      this.#states.set(roomId, state);
      return state;
    });
  }

  saveState(state: PptState, expectedVersion: number): Promise<boolean> {
    return this.saveStates([{ state, expectedVersion }]);
  }

  saveStates(writes: readonly StateWrite[]): Promise<boolean> {
    return settle(() => {
      if (new Set(writes.map((w) => w.state.roomId)).size !== writes.length)
        throw new Error('saveStates: a room appears more than once');
      const [only] = writes;
      // IMMEDIATE takes the write lock before the reads, so another process on the same file cannot slip
      // a save in between the comparisons and the writes.
      const saved =
        writes.length === 1 && only ? this.#saveOne(only) : this.#compareAndSetAll.immediate(writes);
      if (saved === false) {
        // Only this process should write, but if something else did, the caller's retry reads the file.
        for (const { state } of writes) this.#states.delete(state.roomId);
        return false;
      }
      // Remembered once committed. The copy is what a read of the file gives: a JSON round trip drops
      // undefined fields, and the caller keeps no handle on it.
      for (const json of saved) {
        const state = deepFreeze(parseJson(json) as PptState);
        this.#states.set(state.roomId, state);
      }
      return true;
    });
  }

  /** One compare-and-set; resolves the JSON written, or false when the version did not match. */
  #saveOne({ state, expectedVersion }: StateWrite): string[] | false {
    const row = { room_id: state.roomId, version: state.version, json: JSON.stringify(state) };
    const { changes } =
      expectedVersion === 0
        ? this.#saveFirstState.run(row)
        : this.#saveStateFrom.run({ ...row, expected: expectedVersion });
    return changes === 1 ? [row.json] : false;
  }

  putSummary(summary: SessionSummary): Promise<void> {
    return settle(() => {
      this.#upsertSummary.run({
        room_id: summary.roomId,
        series_id: summary.seriesId,
        date: summary.date,
        json: JSON.stringify(summary),
      });
    });
  }

  getSummary(roomId: RoomId): Promise<SessionSummary | undefined> {
    return settle(() => {
      const row = this.#getSummary.get(roomId);
      return row === undefined ? undefined : SessionSummary.parse(parseJson(row.json));
    });
  }

  listSummaries(seriesId: SeriesId): Promise<SessionSummary[]> {
    return settle(() =>
      this.#listSummaries.all(seriesId).map((row) => SessionSummary.parse(parseJson(row.json))),
    );
  }
}
