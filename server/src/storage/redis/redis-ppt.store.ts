import { PptState, Series, SessionSummary, type OrgId, type RoomId, type SeriesId } from '@konsiili/shared';
import type { PptStore, StateWrite } from '../../ppt/ppt.store.ts';
import { DuplicateKeyError } from '../store.ts';
import { luaScript, runScript, type RedisClient } from './redis-client.ts';
import { parseJson } from '../records.ts';

/** PPT keys, under the store's prefix. Ids never contain ':'. */
export function createPptKeys(prefix: string) {
  return {
    seq: `${prefix}ppt-series-seq`,
    series: (id: string) => `${prefix}ppt-series:${id}`,
    orgSeries: (orgId: string) => `${prefix}ppt-org-series:${orgId}`,
    /** A hash: `version` and `json`, so the script compares a number without decoding the state. */
    state: (roomId: string) => `${prefix}ppt-state:${roomId}`,
    summary: (roomId: string) => `${prefix}ppt-summary:${roomId}`,
    /** Room ids of a series' summaries, all scored 0 and ordered by the date member prefix. */
    seriesSummaries: (seriesId: string) => `${prefix}ppt-series-summaries:${seriesId}`,
  };
}
type PptKeys = ReturnType<typeof createPptKeys>;

// The series and its place in the organisation's list are written together, once.
// KEYS: series, org series, counter   ARGV: series JSON, id
const CREATE_SERIES = luaScript(`
if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], redis.call('INCR', KEYS[3]), ARGV[2])
return 1
`);

// Compare-and-set on the versions of one or more states; a missing state counts as version 0. A script runs
// without interleaving, and every comparison comes before the first write, so it stores all or nothing.
// KEYS: states   ARGV: per key, expected version, new version, state JSON
const SAVE_STATES = luaScript(`
for i, key in ipairs(KEYS) do
  local stored = tonumber(redis.call('HGET', key, 'version') or '0')
  if stored ~= tonumber(ARGV[3 * i - 2]) then return 0 end
end
for i, key in ipairs(KEYS) do
  redis.call('HSET', key, 'version', ARGV[3 * i - 1], 'json', ARGV[3 * i])
end
return 1
`);

// KEYS: summary, series summaries   ARGV: summary JSON, "date|roomId"
const PUT_SUMMARY = luaScript(`
redis.call('SET', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[2], 0, ARGV[2])
return 1
`);

export class RedisPptStore implements PptStore {
  readonly #client: RedisClient;
  readonly #keys: PptKeys;

  constructor(client: RedisClient, keyPrefix: string) {
    this.#client = client;
    this.#keys = createPptKeys(keyPrefix);
  }

  async createSeries(series: Series): Promise<void> {
    const stored = await runScript(
      this.#client,
      CREATE_SERIES,
      [this.#keys.series(series.id), this.#keys.orgSeries(series.orgId), this.#keys.seq],
      [JSON.stringify(series), series.id],
    );
    if (stored !== 1) throw new DuplicateKeyError('ppt_series.id');
  }

  async getSeries(id: SeriesId): Promise<Series | undefined> {
    const json = await this.#client.get(this.#keys.series(id));
    return json === null ? undefined : Series.parse(parseJson(json));
  }

  async listSeries(orgId: OrgId): Promise<Series[]> {
    const ids = await this.#client.zRange(this.#keys.orgSeries(orgId), 0, -1);
    if (ids.length === 0) return [];
    const values = await this.#client.mGet(ids.map((id) => this.#keys.series(id)));
    return values.map((json) => {
      if (json === null) throw new Error('series list points at a missing series');
      return Series.parse(parseJson(json));
    });
  }

  async updateSeries(series: Series): Promise<boolean> {
    const stored = await this.#client.set(this.#keys.series(series.id), JSON.stringify(series), {
      condition: 'XX',
    });
    return stored !== null;
  }

  async getState(roomId: RoomId): Promise<PptState | undefined> {
    const json = await this.#client.hGet(this.#keys.state(roomId), 'json');
    return json === null ? undefined : PptState.parse(parseJson(json));
  }

  saveState(state: PptState, expectedVersion: number): Promise<boolean> {
    return this.saveStates([{ state, expectedVersion }]);
  }

  async saveStates(writes: readonly StateWrite[]): Promise<boolean> {
    if (new Set(writes.map((w) => w.state.roomId)).size !== writes.length)
      throw new Error('saveStates: a room appears more than once');
    if (writes.length === 0) return true;
    const stored = await runScript(
      this.#client,
      SAVE_STATES,
      writes.map((w) => this.#keys.state(w.state.roomId)),
      writes.flatMap((w) => [String(w.expectedVersion), String(w.state.version), JSON.stringify(w.state)]),
    );
    return stored === 1;
  }

  async putSummary(summary: SessionSummary): Promise<void> {
    await runScript(
      this.#client,
      PUT_SUMMARY,
      [this.#keys.summary(summary.roomId), this.#keys.seriesSummaries(summary.seriesId)],
      [JSON.stringify(summary), `${summary.date}|${summary.roomId}`],
    );
  }

  async getSummary(roomId: RoomId): Promise<SessionSummary | undefined> {
    const json = await this.#client.get(this.#keys.summary(roomId));
    return json === null ? undefined : SessionSummary.parse(parseJson(json));
  }

  async listSummaries(seriesId: SeriesId): Promise<SessionSummary[]> {
    const members = await this.#client.zRange(this.#keys.seriesSummaries(seriesId), 0, -1);
    if (members.length === 0) return [];
    const roomIds = members.map((m) => m.slice(m.indexOf('|') + 1));
    const values = await this.#client.mGet(roomIds.map((id) => this.#keys.summary(id)));
    return values.map((json) => {
      if (json === null) throw new Error('summary list points at a missing summary');
      return SessionSummary.parse(parseJson(json));
    });
  }
}
