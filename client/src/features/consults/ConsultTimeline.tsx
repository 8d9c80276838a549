import { useTranslation } from 'react-i18next';
import type { Consult } from '@konsiili/shared';
import { toLanguage } from '../../lib/language.ts';
import { formatDateTime } from '../../lib/time.ts';

/** What happened to the request, oldest first, in Helsinki time. */
export function ConsultTimeline({
  history,
  nameOf,
}: {
  history: Consult['history'];
  nameOf: (userId: string | undefined) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  return (
    <section className="card consult-timeline" aria-labelledby="consult-timeline-title">
      <h2 id="consult-timeline-title">{t('consults.detail.timeline')}</h2>
      <ol className="timeline">
        {history.map((entry, index) => (
          <li key={`${entry.at}-${String(index)}`} className="timeline__item">
            <time dateTime={entry.at} className="timeline__time">
              {formatDateTime(entry.at, language)}
            </time>{' '}
            <span className="timeline__text">
              {t('consults.timeline.entry', {
                action: t(`consults.actions.${actionKey(entry.action)}`),
                name: nameOf(entry.byUserId),
              })}
            </span>{' '}
            <span className="timeline__state">→ {t(`consults.states.${entry.toState}`)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

const KNOWN = [
  'create',
  'accept',
  'release',
  'reassign',
  'request_info',
  'provide_info',
  'answer',
  'close',
  'escalate',
] as const;
type KnownAction = (typeof KNOWN)[number];

/** A step the server adds later shows as a generic "changed" rather than a raw key. */
function actionKey(action: string): KnownAction | 'other' {
  return KNOWN.find((known) => known === action) ?? 'other';
}
