import './consults.css';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useNow } from '../../lib/clock.ts';
import { toLanguage } from '../../lib/language.ts';
import { useResource } from '../../lib/use-resource.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { fetchFigures, figuresCsvUrl } from './api.ts';
import { currentMonth, formatHours, formatMonth, formatShare, isMonth } from './figures.ts';

/** /consults/figures — per target for one month: requests, answer times, on-time and no-referral shares. */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  usePageTitle(t('consults.figures.title'));
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const given = params.get('month');
  const month = isMonth(given) ? given : currentMonth(now);
  const { resource, reload } = useResource(`consult-figures:${month}`, (signal) =>
    fetchFigures(month, signal),
  );

  return (
    <div className="page consult-figures">
      <div className="page__header">
        <h1>{t('consults.figures.title')}</h1>
        <p className="lead">{t('consults.figures.intro')}</p>
      </div>
      <div className="consult-figures__controls">
        <TextField
          label={t('consults.figures.month')}
          hint={t('consults.figures.monthHint')}
          type="month"
          value={month}
          onChange={(e) => {
            if (isMonth(e.target.value)) setParams({ month: e.target.value }, { replace: true });
          }}
        />
        <a className="btn btn--secondary" href={figuresCsvUrl(month)} download={`konsultaatiot-${month}.csv`}>
          {t('consults.figures.csv')}
        </a>
      </div>
      {resource.status === 'loading' ? <Loading /> : null}
      {resource.status === 'error' ? <LoadError error={resource.error} onRetry={reload} /> : null}
      {resource.status === 'ready' ? (
        resource.data.rows.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">{t('consults.figures.empty')}</p>
            <p>{t('consults.figures.emptyHint')}</p>
          </div>
        ) : (
          <div className="table-wrap">
            <table className="table table--dense" aria-labelledby="figures-caption">
              <caption id="figures-caption">
                {t('consults.figures.caption', { month: formatMonth(month, language) })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('consults.figures.target')}</th>
                  <th scope="col">{t('consults.figures.requests')}</th>
                  <th scope="col">{t('consults.figures.median')}</th>
                  <th scope="col">{t('consults.figures.p90')}</th>
                  <th scope="col">{t('consults.figures.onTime')}</th>
                  <th scope="col">{t('consults.figures.noReferral')}</th>
                </tr>
              </thead>
              <tbody>
                {resource.data.rows.map((row) => (
                  <tr key={row.targetId}>
                    <th scope="row">{row.targetName}</th>
                    <td>{row.requests}</td>
                    <td>{formatHours(row.medianFirstAnswerHours, language)}</td>
                    <td>{formatHours(row.p90FirstAnswerHours, language)}</td>
                    <td>{formatShare(row.answeredWithinDueShare, language)}</td>
                    <td>{formatShare(row.resolvedWithoutReferralShare, language)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )
      ) : null}
    </div>
  );
}
