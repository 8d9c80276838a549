import './consults.css';
import type { ReactNode } from 'react';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { errorMessageKey, isApiError } from '../../lib/api-error.ts';
import { useNow } from '../../lib/clock.ts';
import type { Consult, ConsultTarget, DirectoryPerson, Team } from '@konsiili/shared';
import { toLanguage } from '../../lib/language.ts';
import { searchPeople } from '../../lib/people.ts';
import { useMe } from '../../lib/session.tsx';
import { formatDate, formatDateTime } from '../../lib/time.ts';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { MessagePage } from '../../ui/MessagePage.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { availableActions, relationOf } from './actions.ts';
import { fetchConsult, fetchTargets, fetchTeams, startCall } from './api.ts';
import { ClientReference } from './ClientReference.tsx';
import { ConsultActions } from './ConsultActions.tsx';
import { ConsultTimeline } from './ConsultTimeline.tsx';
import { isOverdue } from './due.ts';
import { useConsultUpdates } from './use-consult-updates.ts';

/** The request's thread (the room chat), composed by app/ so that this feature does not import chat. */
export type RenderConsultThread = (consult: Consult) => ReactNode;

interface Context {
  targets: ConsultTarget[];
  people: DirectoryPerson[];
  teams: Team[];
}

async function loadContext(signal: AbortSignal): Promise<Context> {
  const [targets, people, teams] = await Promise.all([
    fetchTargets(signal),
    searchPeople({}, signal).catch(() => []),
    fetchTeams(signal).catch(() => []),
  ]);
  return { targets, people, teams };
}

/** /consults/:consultId — the request, its state and timeline, my next steps, the thread and the call. */
export function ConsultPage({ renderThread }: { renderThread?: RenderConsultThread }) {
  const { consultId = '' } = useParams();
  const { t } = useTranslation();
  const consult = useResource(`consult:${consultId}`, (signal) => fetchConsult(consultId, signal));
  const context = useResource('consult-context', loadContext);
  const { update } = consult;

  const onUpdate = useCallback(
    (next: Consult) => {
      if (next.id === consultId) update(next);
    },
    [consultId, update],
  );
  useConsultUpdates(onUpdate);

  if (consult.resource.status === 'error') {
    const code = isApiError(consult.resource.error) ? consult.resource.error.code : undefined;
    if (code === 'NOT_FOUND' || code === 'FORBIDDEN') {
      return (
        <MessagePage
          title={t(code === 'FORBIDDEN' ? 'consults.detail.forbiddenTitle' : 'consults.detail.notFoundTitle')}
          action={<LinkButton to="/consults">{t('consults.detail.toList')}</LinkButton>}
        >
          <p>{t(code === 'FORBIDDEN' ? 'consults.detail.forbiddenBody' : 'consults.detail.notFoundBody')}</p>
        </MessagePage>
      );
    }
    return <LoadError error={consult.resource.error} onRetry={consult.reload} />;
  }
  if (context.resource.status === 'error') {
    return <LoadError error={context.resource.error} onRetry={context.reload} />;
  }
  if (consult.resource.status === 'loading' || context.resource.status === 'loading') return <Loading />;
  return (
    <ConsultView
      consult={consult.resource.data}
      context={context.resource.data}
      onChanged={update}
      renderThread={renderThread}
    />
  );
}

function ConsultView({
  consult,
  context,
  onChanged,
  renderThread,
}: {
  consult: Consult;
  context: Context;
  onChanged: (consult: Consult) => void;
  renderThread: RenderConsultThread | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const now = useNow();
  const navigate = useNavigate();
  const [callFailure, setCallFailure] = useState<unknown>();
  const [isCalling, setIsCalling] = useState(false);
  // Call now may bring in one more person, e.g. the client's social worker.
  const [inviteeId, setInviteeId] = useState('');
  const target = context.targets.find((x) => x.id === consult.targetId);
  const title = target?.name ?? t('consults.unknownTarget');
  usePageTitle(t('consults.detail.title', { target: title }));

  const nameOf = (userId: string | undefined) =>
    userId === undefined
      ? t('consults.detail.system')
      : (context.people.find((p) => p.userId === userId)?.displayName ?? t('consults.detail.unknownPerson'));
  const who = relationOf(consult, target, me.user.id);
  const isParty = who.isRequester || who.isOwner;
  const actions = availableActions(consult.state, who);
  const pool = context.people.filter((p) => target?.consultantUserIds.includes(p.userId) ?? false);

  async function call() {
    setIsCalling(true);
    try {
      const invitee = context.people.find((p) => p.userId === inviteeId);
      const roomId = await startCall(consult.id, invitee ? [invitee.userId] : []);
      void navigate(`/rooms/${roomId}`);
    } catch (error) {
      setCallFailure(error);
      setIsCalling(false);
    }
  }

  return (
    <div className="page consult">
      <div className="page__header page__header--with-action">
        <div>
          <p className="page__eyebrow">{t(`consults.targetKinds.${target?.kind ?? 'specialty'}`)}</p>
          <h1>{t('consults.detail.title', { target: title })}</h1>
        </div>
        {isParty && consult.state !== 'closed' ? (
          <div className="page__actions">
            <SelectField
              label={t('consults.detail.invite')}
              options={context.people
                .filter((p) => p.userId !== consult.requesterId && p.userId !== consult.ownerId)
                .map((p) => ({ value: p.userId, label: `${p.displayName}, ${p.profession}` }))}
              emptyLabel={t('consults.detail.inviteNobody')}
              value={inviteeId}
              onChange={(e) => {
                setInviteeId(e.target.value);
              }}
            />
            <Button variant="primary" onClick={() => void call()} disabled={isCalling}>
              {t('consults.detail.callNow')}
            </Button>
          </div>
        ) : null}
      </div>
      {callFailure ? <Alert>{t(errorMessageKey(callFailure))}</Alert> : null}

      <section className="card consult-facts" aria-labelledby="consult-facts-title">
        <h2 id="consult-facts-title" className="visually-hidden">
          {t('consults.detail.facts')}
        </h2>
        <dl className="facts">
          <div>
            <dt>{t('consults.detail.state')}</dt>
            <dd>
              <span className={`state-chip state-chip--${consult.state}`}>
                {t(`consults.states.${consult.state}`)}
              </span>
              {isOverdue(consult, now) ? <strong> · {t('consults.overdue')}</strong> : null}
            </dd>
          </div>
          <div>
            <dt>{t('consults.detail.urgency')}</dt>
            <dd>
              {t(`consults.urgency.${consult.urgency}`)} ·{' '}
              {t('consults.dueShort', { when: formatDateTime(consult.dueAt, language) })}
            </dd>
          </div>
          <div>
            <dt>{t('consults.detail.requester')}</dt>
            <dd>{nameOf(consult.requesterId)}</dd>
          </div>
          <div>
            <dt>{t('consults.detail.owner')}</dt>
            <dd>{consult.ownerId ? nameOf(consult.ownerId) : t('consults.detail.noOwner')}</dd>
          </div>
          <div>
            <dt>{t('consults.detail.sent')}</dt>
            <dd>{formatDateTime(consult.createdAt, language)}</dd>
          </div>
        </dl>
        <h3>{t('consults.detail.question')}</h3>
        <p className="consult__text">{consult.question}</p>
        <h3>{t('consults.detail.caseSummary')}</h3>
        <p className="consult__text">{consult.caseSummary}</p>
        {consult.isIdentified ? (
          <>
            <h3>{t('consults.detail.identified')}</h3>
            {consult.consent ? (
              <p>
                {t('consults.detail.consent', {
                  by: t(`consults.consentGivers.${consult.consent.givenBy}`),
                  on: formatDate(consult.consent.givenOn, language),
                  scope: consult.consent.scope,
                })}
              </p>
            ) : null}
            {isParty && consult.hasClientReference ? <ClientReference consultId={consult.id} /> : null}
          </>
        ) : (
          <p className="field__hint">{t('consults.detail.anonymous')}</p>
        )}
      </section>

      {consult.answer ? (
        <section className="card consult-answer" aria-labelledby="consult-answer-title">
          <h2 id="consult-answer-title">{t('consults.detail.answer')}</h2>
          <p className="consult__text">{consult.answer}</p>
          {consult.outcome ? (
            <p>
              <strong>{t('consults.detail.outcome')}</strong> {t(`consults.outcomes.${consult.outcome.kind}`)}
              {consult.outcome.referralTeam ? ` – ${consult.outcome.referralTeam}` : ''}
            </p>
          ) : null}
        </section>
      ) : null}

      <ConsultActions
        consult={consult}
        actions={actions}
        candidates={pool}
        teams={context.teams}
        onChanged={onChanged}
      />

      <ConsultTimeline history={consult.history} nameOf={nameOf} />

      {renderThread ? (
        // The chat names itself with its own heading; the region only needs a name.
        <section className="card consult-thread" aria-label={t('consults.detail.thread')}>
          {renderThread(consult)}
        </section>
      ) : null}
    </div>
  );
}
