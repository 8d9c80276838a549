import { describe, expect, it } from 'vitest';
import { OrgId, RoomId, Series, SessionSummary, UserId, type PptState } from '@konsiili/shared';
import { DuplicateKeyError, type Store } from '../../server/src/storage/store.ts';
import { ORG_A, ORG_B, rejectionOf } from './fixtures.ts';

const ROOM = RoomId.parse('ppt-keskusta-20990304');
const NEXT_ROOM = RoomId.parse('ppt-keskusta-20990311');

function aSeries(overrides: Partial<Series> = {}): Series {
  return Series.parse({
    id: 'keskusta',
    orgId: ORG_A,
    centreName: 'Testikeskus',
    weekday: 3,
    startTime: '13:00',
    durationMinutes: 60,
    timeZone: 'Europe/Helsinki',
    firstDate: '2099-03-04',
    exceptions: [],
    requiredServices: ['kela'],
    chairId: 'user-1',
    membersSkipLobby: true,
    createdAt: '2025-01-02T03:04:05.000Z',
    ...overrides,
  });
}

function aState(version: number, overrides: Partial<PptState> = {}): PptState {
  return {
    roomId: ROOM,
    seriesId: 'keskusta',
    date: '2099-03-04',
    version,
    phase: 'opening',
    startsAt: '2099-03-04T13:00:00.000+02:00',
    endsAt: '2099-03-04T14:00:00.000+02:00',
    requiredServices: [],
    declarations: [{ userId: UserId.parse('user-1'), caseCount: 2, declaredAt: '2099-03-04T11:00:00.000Z' }],
    items: [],
    hands: [],
    ...overrides,
  };
}

/** The state of the following occurrence, where deferred cases go. */
function aNextState(version: number, overrides: Partial<PptState> = {}): PptState {
  return aState(version, {
    roomId: NEXT_ROOM,
    date: '2099-03-11',
    startsAt: '2099-03-11T13:00:00.000+02:00',
    endsAt: '2099-03-11T14:00:00.000+02:00',
    declarations: [],
    ...overrides,
  });
}

function aSummary(date: string, roomId = `ppt-keskusta-${date.replaceAll('-', '')}`): SessionSummary {
  return SessionSummary.parse({
    roomId,
    seriesId: 'keskusta',
    date,
    startedAt: '2099-03-04T11:00:00.000Z',
    endedAt: '2099-03-04T12:00:00.000Z',
    casesDeclared: 2,
    casesHandled: 2,
    casesDeferred: 0,
    casesWithdrawn: 0,
    phenomenaHandled: 0,
    minutesPerItem: [{ itemId: 'i1', kind: 'case', minutes: 12.5 }],
    servicesPresent: ['kela'],
    servicesMissing: [],
    participantCount: 3,
    everyDeclaredCaseGotTurn: true,
  });
}

export function pptStoreContract(store: () => Store): void {
  describe('ppt', () => {
    it('[T1] a created series reads back whole; a taken id is DuplicateKeyError("ppt_series.id")', async () => {
      await store().ppt.createSeries(aSeries());
      expect(await store().ppt.getSeries(aSeries().id)).toEqual(aSeries());
      const error = await rejectionOf(store().ppt.createSeries(aSeries({ centreName: 'Toinen' })));
      expect(error).toBeInstanceOf(DuplicateKeyError);
      expect(error).toMatchObject({ key: 'ppt_series.id' });
      expect(await store().ppt.getSeries('nope')).toBeUndefined();
    });

    it('[T2] listSeries returns an organisation’s series in creation order', async () => {
      for (const id of ['c-series', 'a-series', 'b-series'])
        await store().ppt.createSeries(aSeries({ id: id }));
      await store().ppt.createSeries(aSeries({ id: 'other', orgId: ORG_B }));
      expect((await store().ppt.listSeries(ORG_A)).map((s) => s.id)).toEqual([
        'c-series',
        'a-series',
        'b-series',
      ]);
      expect(await store().ppt.listSeries(OrgId.parse('org-x'))).toEqual([]);
    });

    it('[T3] updateSeries replaces a stored series and refuses a missing one', async () => {
      await store().ppt.createSeries(aSeries());
      // Read first: a store that keeps copies must let go of this one.
      expect(await store().ppt.getSeries(aSeries().id)).toEqual(aSeries());
      const updated = aSeries({ exceptions: [{ kind: 'cancelled', date: '2099-03-11' }] });
      expect(await store().ppt.updateSeries(updated)).toBe(true);
      expect(await store().ppt.getSeries(updated.id)).toEqual(updated);
      expect(await store().ppt.updateSeries(aSeries({ id: 'missing' }))).toBe(false);
      expect(await store().ppt.getSeries('missing')).toBeUndefined();
    });

    it('[T4] saveState is compare-and-set: a missing state is version 0, a stale version is refused', async () => {
      expect(await store().ppt.getState(ROOM)).toBeUndefined();
      expect(await store().ppt.saveState(aState(1), 1)).toBe(false);
      expect(await store().ppt.saveState(aState(1), 0)).toBe(true);
      expect(await store().ppt.getState(ROOM)).toEqual(aState(1));
      expect(await store().ppt.saveState(aState(2, { phase: 'running' }), 0)).toBe(false);
      expect(await store().ppt.saveState(aState(2, { phase: 'running' }), 1)).toBe(true);
      expect(await store().ppt.getState(ROOM)).toEqual(aState(2, { phase: 'running' }));
    });

    it('[T5] of two concurrent saves on the same version exactly one wins', async () => {
      await store().ppt.saveState(aState(1), 0);
      const results = await Promise.all(
        Array.from({ length: 8 }, (_, i) =>
          store().ppt.saveState(aState(2, { endedAt: `2099-03-04T12:0${i}:00.000Z` }), 1),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      expect((await store().ppt.getState(ROOM))?.version).toBe(2);
    });

    it('[T8] saveStates stores both states when both versions match, a missing one counting as 0', async () => {
      await store().ppt.saveState(aState(1), 0);
      expect(
        await store().ppt.saveStates([
          { state: aState(2, { phase: 'running' }), expectedVersion: 1 },
          { state: aNextState(1), expectedVersion: 0 },
        ]),
      ).toBe(true);
      expect(await store().ppt.getState(ROOM)).toEqual(aState(2, { phase: 'running' }));
      expect(await store().ppt.getState(NEXT_ROOM)).toEqual(aNextState(1));
    });

    it('[T8] saveStates writes nothing when either version moved', async () => {
      await store().ppt.saveState(aState(1), 0);
      await store().ppt.saveState(aNextState(1), 0);
      // The first write would succeed on its own; the second one's version moved.
      expect(
        await store().ppt.saveStates([
          { state: aState(2, { phase: 'running' }), expectedVersion: 1 },
          { state: aNextState(1, { phase: 'running' }), expectedVersion: 0 },
        ]),
      ).toBe(false);
      // And the other way round.
      expect(
        await store().ppt.saveStates([
          { state: aState(1, { phase: 'running' }), expectedVersion: 0 },
          { state: aNextState(2, { phase: 'running' }), expectedVersion: 1 },
        ]),
      ).toBe(false);
      expect(await store().ppt.getState(ROOM)).toEqual(aState(1));
      expect(await store().ppt.getState(NEXT_ROOM)).toEqual(aNextState(1));
    });

    it('[T8] saveStates with a room listed twice rejects and writes nothing', async () => {
      await expect(
        store().ppt.saveStates([
          { state: aState(1), expectedVersion: 0 },
          { state: aState(2), expectedVersion: 1 },
        ]),
      ).rejects.toThrow();
      expect(await store().ppt.getState(ROOM)).toBeUndefined();
    });

    it('[T8] hand-overs racing each other and a save on the target: exactly one wins, whole', async () => {
      await store().ppt.saveState(aState(1), 0);
      await store().ppt.saveState(aNextState(1), 0);
      const stamp = (i: number) => `2099-03-04T12:0${String(i)}:00.000Z`;
      const results = await Promise.all([
        ...Array.from({ length: 6 }, (_, i) =>
          store().ppt.saveStates([
            { state: aState(2, { endedAt: stamp(i) }), expectedVersion: 1 },
            { state: aNextState(2, { endedAt: stamp(i) }), expectedVersion: 1 },
          ]),
        ),
        store().ppt.saveState(aNextState(2, { endedAt: stamp(9) }), 1),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      const here = await store().ppt.getState(ROOM);
      const next = await store().ppt.getState(NEXT_ROOM);
      expect(next?.version).toBe(2);
      if (results.at(-1) === true) {
        // The lone save won: no hand-over touched the first state.
        expect(here).toEqual(aState(1));
      } else {
        // One hand-over won: both states come from that same hand-over.
        expect(here?.version).toBe(2);
        expect(here?.endedAt).toBe(next?.endedAt);
      }
    });

    it('[T6] a state keeps every field, optional ones included', async () => {
      const full = aState(1, {
        items: [
          {
            id: 'i1',
            kind: 'case',
            presenterId: UserId.parse('user-1'),
            title: 'Asuminen',
            question: 'Mitä seuraavaksi?',
            status: 'running',
            startedAt: '2099-03-04T11:05:00.000Z',
            budgetMs: 900_000,
            carriedFrom: '2099-02-25',
          },
        ],
        currentItemId: 'i1',
        hands: [{ userId: UserId.parse('user-2'), raisedAt: '2099-03-04T11:06:00.000Z' }],
        actingChairId: UserId.parse('user-1'),
        attendeeIds: [UserId.parse('user-1')],
        isManuallyOrdered: true,
      });
      await store().ppt.saveState(full, 0);
      expect(await store().ppt.getState(ROOM)).toEqual(full);
    });

    it('[T9] changing a series or state the store handed out, or saved, does not change what it hands out next', async () => {
      const series = aSeries();
      await store().ppt.createSeries(series);
      const state = aState(1, {
        hands: [{ userId: UserId.parse('user-2'), raisedAt: '2099-03-04T11:06:00.000Z' }],
      });
      await store().ppt.saveState(state, 0);
      state.hands.pop();
      series.exceptions.push({ kind: 'cancelled', date: '2099-03-11' });
      const readSeries = await store().ppt.getSeries(series.id);
      const readState = await store().ppt.getState(ROOM);
      // An adapter may hand out frozen objects; then each change is refused outright.
      for (const change of [
        () => readSeries?.exceptions.push({ kind: 'cancelled', date: '2099-03-18' }),
        () => Object.assign(readSeries ?? {}, { centreName: 'Muutettu' }),
        () => readState?.hands.pop(),
        () => Object.assign(readState ?? {}, { phase: 'ended' }),
      ]) {
        try {
          change();
        } catch {
          // refused: frozen
        }
      }
      expect(await store().ppt.getSeries(series.id)).toEqual(aSeries());
      expect(await store().ppt.getState(ROOM)).toEqual(
        aState(1, { hands: [{ userId: UserId.parse('user-2'), raisedAt: '2099-03-04T11:06:00.000Z' }] }),
      );
    });

    it('[T7] summaries read back by room and list by series, oldest date first', async () => {
      await store().ppt.putSummary(aSummary('2099-03-18'));
      await store().ppt.putSummary(aSummary('2099-03-04'));
      await store().ppt.putSummary(aSummary('2099-03-11'));
      await store().ppt.putSummary({ ...aSummary('2099-03-11'), participantCount: 9 });
      expect(await store().ppt.getSummary(RoomId.parse('ppt-keskusta-20990304'))).toEqual(
        aSummary('2099-03-04'),
      );
      const listed = await store().ppt.listSummaries(aSeries().id);
      expect(listed.map((s) => s.date)).toEqual(['2099-03-04', '2099-03-11', '2099-03-18']);
      expect(listed[1]?.participantCount).toBe(9);
      expect(await store().ppt.listSummaries('other')).toEqual([]);
    });
  });
}
