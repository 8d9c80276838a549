import { DateTime } from 'luxon';
import {
  OutcomeKind,
  type Consult,
  type ConsultFigures,
  type ConsultFiguresRow,
  type ConsultTarget,
} from '@konsiili/shared';
import { firstAnsweredAt } from './consult.ts';

const HOUR_MS = 3_600_000;

/** Nearest-rank percentile of sorted values (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

function median(sorted: readonly number[]): number | undefined {
  if (sorted.length === 0) return undefined;
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The month (`YYYY-MM`, Europe/Helsinki) a request was sent in. */
export function monthOf(iso: string): string {
  return DateTime.fromISO(iso, { zone: 'Europe/Helsinki' }).toFormat('yyyy-MM');
}

/**
 * Per target, of the requests sent in `month`: how many; median and 90th percentile hours to the first
 * answer (of those answered); the share answered by their due time (of all requests); the share of the
 * closed ones resolved without a referral.
 */
export function consultFigures(
  month: string,
  targets: readonly ConsultTarget[],
  consults: readonly Consult[],
): ConsultFigures {
  const rows = targets.map((target): ConsultFiguresRow => {
    const mine = consults.filter((c) => c.targetId === target.id && monthOf(c.createdAt) === month);
    const answerHours: number[] = [];
    let withinDue = 0;
    for (const c of mine) {
      const answeredAt = firstAnsweredAt(c);
      if (answeredAt === undefined) continue;
      answerHours.push((Date.parse(answeredAt) - Date.parse(c.createdAt)) / HOUR_MS);
      if (Date.parse(answeredAt) <= Date.parse(c.dueAt)) withinDue += 1;
    }
    answerHours.sort((a, b) => a - b);
    const closed = mine.filter((c) => c.outcome !== undefined);
    const resolved = closed.filter((c) => c.outcome?.kind === OutcomeKind.RESOLVED_WITHOUT_REFERRAL).length;
    const med = median(answerHours);
    const p90 = percentile(answerHours, 90);
    return {
      targetId: target.id,
      targetName: target.name,
      requests: mine.length,
      ...(med === undefined ? {} : { medianFirstAnswerHours: round2(med) }),
      ...(p90 === undefined ? {} : { p90FirstAnswerHours: round2(p90) }),
      ...(mine.length === 0 ? {} : { answeredWithinDueShare: round2(withinDue / mine.length) }),
      ...(closed.length === 0 ? {} : { resolvedWithoutReferralShare: round2(resolved / closed.length) }),
    };
  });
  return { month, rows };
}

const CSV_COLUMNS = [
  'month',
  'targetId',
  'targetName',
  'requests',
  'medianFirstAnswerHours',
  'p90FirstAnswerHours',
  'answeredWithinDueShare',
  'resolvedWithoutReferralShare',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The figures as CSV that Excel opens with the right characters: UTF-8 with a byte-order mark, CRLF. */
export function consultFiguresCsv(figures: ConsultFigures): string {
  const rows = figures.rows.map((r) =>
    [
      figures.month,
      r.targetId,
      r.targetName,
      r.requests,
      r.medianFirstAnswerHours,
      r.p90FirstAnswerHours,
      r.answeredWithinDueShare,
      r.resolvedWithoutReferralShare,
    ].map(csvField),
  );
  return '\uFEFF' + [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
