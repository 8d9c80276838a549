import { describe, expect, it } from 'vitest';
import {
  ConsultId,
  OrgId,
  RoomId,
  TargetId,
  UserId,
  type Consult,
  type ConsultTarget,
} from '@konsiili/shared';
import { consultFigures, consultFiguresCsv, percentile } from './figures.ts';

const target = (id: string, name: string): ConsultTarget => ({
  id: TargetId.parse(id),
  orgId: OrgId.parse('org'),
  kind: 'specialty',
  name,
  leadUserId: UserId.parse('lead'),
  consultantUserIds: [],
  dutyHours: [],
});

let n = 0;
function consult(
  createdAt: string,
  answeredAfterH: number | undefined,
  extra: Partial<Consult> = {},
): Consult {
  n += 1;
  const created = Date.parse(createdAt);
  return {
    id: ConsultId.parse(`c${String(n)}`),
    orgId: OrgId.parse('org'),
    targetId: TargetId.parse('psy'),
    requesterId: UserId.parse('r'),
    state: answeredAfterH === undefined ? 'new' : 'answered',
    urgency: 'today',
    dueAt: new Date(created + 4 * 3_600_000).toISOString(),
    question: 'q',
    caseSummary: 's',
    isIdentified: false,
    hasClientReference: false,
    roomId: RoomId.parse('room'),
    history:
      answeredAfterH === undefined
        ? []
        : [
            {
              at: new Date(created + answeredAfterH * 3_600_000).toISOString(),
              action: 'answer',
              toState: 'answered',
            },
            // A second answer after more information does not move the first-answer time.
            { at: new Date(created + 99 * 3_600_000).toISOString(), action: 'answer', toState: 'answered' },
          ],
    createdAt,
    updatedAt: createdAt,
    ...extra,
  };
}

describe('consult figures', () => {
  it('nearest-rank percentile', () => {
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([5], 90)).toBe(5);
    expect(percentile([], 90)).toBeUndefined();
  });

  it('counts per target and month (Helsinki), median and p90 of first answers, shares', () => {
    const consults = [
      consult('2026-03-02T08:00:00.000Z', 1, {
        outcome: { kind: 'resolved_without_referral' },
        state: 'closed',
      }),
      consult('2026-03-03T08:00:00.000Z', 2, {
        outcome: { kind: 'referral_recommended', referralTeam: 'x' },
      }),
      consult('2026-03-04T08:00:00.000Z', 6),
      consult('2026-03-05T08:00:00.000Z', undefined),
      // 1 April 00:30 in Helsinki is still 31 March in UTC: it belongs to April.
      consult('2026-03-31T21:30:00.000Z', 1),
    ];
    const figures = consultFigures(
      '2026-03',
      [target('psy', 'Psykiatria'), target('ger', 'Geriatria')],
      consults,
    );
    expect(figures.rows).toEqual([
      {
        targetId: 'psy',
        targetName: 'Psykiatria',
        requests: 4,
        medianFirstAnswerHours: 2,
        p90FirstAnswerHours: 6,
        answeredWithinDueShare: 0.5,
        resolvedWithoutReferralShare: 0.5,
      },
      { targetId: 'ger', targetName: 'Geriatria', requests: 0 },
    ]);
  });

  it('CSV starts with a BOM, uses CRLF and neutralises formulas', () => {
    const csv = consultFiguresCsv({
      month: '2026-03',
      rows: [{ targetId: TargetId.parse('psy'), targetName: '=Psykiatria, aikuiset', requests: 2 }],
    });
    expect(csv.startsWith('\uFEFFmonth,targetId,')).toBe(true);
    expect(csv).toContain('\r\n2026-03,psy,"\'=Psykiatria, aikuiset",2,,,,\r\n');
  });
});
