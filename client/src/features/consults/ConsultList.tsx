import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNow } from '../../lib/clock.ts';
import type { Consult, ConsultTarget } from '@konsiili/shared';
import { toLanguage } from '../../lib/language.ts';
import { formatDateTime } from '../../lib/time.ts';
import { isOverdue } from './due.ts';

/** One line per request: target, question, state and due time; overdue says so in words, not colour. */
export function ConsultList({
  consults,
  targets,
}: {
  consults: readonly Consult[];
  targets: readonly ConsultTarget[];
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const now = useNow();
  return (
    <ul className="plain-list consultation-list">
      {consults.map((consult) => {
        const target = targets.find((x) => x.id === consult.targetId);
        const isLate = isOverdue(consult, now);
        return (
          <li key={consult.id} className="consultation-list__item">
            <Link to={`/consults/${consult.id}`} className="consultation-list__link">
              {target?.name ?? t('consults.unknownTarget')}: {firstLine(consult.question)}
            </Link>
            <span className="consultation-list__meta">
              <span className={`state-chip state-chip--${consult.state}`}>
                {t(`consults.states.${consult.state}`)}
              </span>{' '}
              {t(`consults.urgency.${consult.urgency}`)} ·{' '}
              {t('consults.dueShort', { when: formatDateTime(consult.dueAt, language) })}
              {isLate ? (
                <strong className="consultation-list__late"> · {t('consults.overdue')}</strong>
              ) : null}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 90 ? `${line.slice(0, 89)}…` : line;
}
