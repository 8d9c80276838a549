import type { PptState, SessionSummary } from '@konsiili/shared';

function minutesBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 6_000) / 10;
}

/** The figures of an ended session, derived from its state alone (so it can be recomputed at any time). */
export function summarise(state: PptState, endedAt: string): SessionSummary {
  const cases = state.items.filter((i) => i.kind === 'case');
  const done = state.items.filter((i) => i.status === 'done');
  const present = state.presentServices ?? [];
  const startedAt = state.items
    .map((i) => i.startedAt)
    .filter((at): at is string => at !== undefined)
    .sort()[0];
  return {
    roomId: state.roomId,
    seriesId: state.seriesId,
    date: state.date,
    startedAt: startedAt ?? state.startsAt,
    endedAt,
    casesDeclared: state.declarations.reduce((sum, d) => sum + d.caseCount, 0),
    casesHandled: cases.filter((i) => i.status === 'done').length,
    casesDeferred: cases.filter((i) => i.status === 'deferred').length,
    casesWithdrawn: cases.filter((i) => i.status === 'withdrawn').length,
    phenomenaHandled: done.filter((i) => i.kind === 'phenomenon').length,
    minutesPerItem: done.map((i) => ({
      itemId: i.id,
      kind: i.kind,
      minutes: i.startedAt && i.finishedAt ? Math.max(0, minutesBetween(i.startedAt, i.finishedAt)) : 0,
    })),
    servicesPresent: [...present],
    servicesMissing: state.requiredServices.filter((s) => !present.includes(s)),
    participantCount: (state.attendeeIds ?? []).length,
    // Withdrawn cases needed no turn; a case still waiting, running or deferred did not get a full one.
    everyDeclaredCaseGotTurn: cases.every((i) => i.status === 'done' || i.status === 'withdrawn'),
  };
}

const CSV_COLUMNS = [
  'date',
  'itemId',
  'kind',
  'status',
  'presenterServiceId',
  'segment',
  'startedAt',
  'finishedAt',
  'minutes',
  'budgetMinutes',
  'carriedFrom',
  'outcomeServiceIds',
  'title',
  'nextSteps',
] as const;

/** RFC 4180 quoting; a leading =, +, - or @ is neutralised so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Excel opens a CSV as the legacy code page unless the file starts with a UTF-8 byte-order mark;
 * without it ä, ö and å come out garbled.
 */
export const CSV_BOM = '\uFEFF';

/**
 * The CSV export of a session: UTF-8 with a byte-order mark, CRLF line ends, one header row, then
 * one row per agenda item in agenda order.
 */
export function summaryCsv(state: PptState): string {
  const rows = state.items.map((i) =>
    [
      state.date,
      i.id,
      i.kind,
      i.status,
      i.presenterServiceId,
      i.segment,
      i.startedAt,
      i.finishedAt,
      i.startedAt && i.finishedAt ? minutesBetween(i.startedAt, i.finishedAt) : undefined,
      i.budgetMs === undefined ? undefined : Math.round(i.budgetMs / 6_000) / 10,
      i.carriedFrom,
      i.outcome?.serviceIds.join(' '),
      i.title,
      i.outcome?.nextSteps,
    ].map(csvField),
  );
  return CSV_BOM + [CSV_COLUMNS.join(','), ...rows.map((r) => r.join(','))].join('\r\n') + '\r\n';
}
