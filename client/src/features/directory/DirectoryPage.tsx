import './directory.css';
import type { ConsultTarget, DirectoryPerson, Team } from '@konsiili/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { toLanguage, type Language } from '../../lib/language.ts';
import { isAdmin, useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Button } from '../../ui/Button.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { fetchTargets, fetchTeams, searchPeople } from './api.ts';
import { formatClock, sortedDutyHours } from './duty-hours.ts';
import { PersonTagsForm } from './PersonTagsForm.tsx';
import { TargetForm } from './TargetForm.tsx';
import { TeamForm } from './TeamForm.tsx';

type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** /directory — who does what: people by service, profession, task and area; teams; consultation targets. */
export function DirectoryPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.title'));
  const [params, setParams] = useSearchParams();
  const query = {
    q: params.get('q') ?? '',
    serviceId: params.get('serviceId') ?? '',
    profession: params.get('profession') ?? '',
  };
  const people = useResource(`directory-people:${params.toString()}`, (signal) =>
    searchPeople(query, signal),
  );
  const teams = useResource('directory-teams', fetchTeams);
  const targets = useResource('directory-targets', fetchTargets);
  const everyone = useResource('directory-everyone', (signal) => searchPeople({}, signal));
  const canEdit = isAdmin(useMe());
  const [editing, setEditing] = useState<Editing | undefined>();
  const allPeople = everyone.resource.status === 'ready' ? everyone.resource.data : [];
  const stopEditing = () => {
    setEditing(undefined);
  };
  const nameOf = (userId: string) =>
    (everyone.resource.status === 'ready'
      ? everyone.resource.data.find((p) => p.userId === userId)?.displayName
      : undefined) ?? t('directory.unknownPerson');

  return (
    <div className="page directory">
      <div className="page__header">
        <h1>{t('directory.title')}</h1>
        <p className="lead">{t('directory.intro')}</p>
      </div>

      <section className="page__section" aria-labelledby="directory-people-title">
        <h2 id="directory-people-title">{t('directory.people.title')}</h2>
        <SearchForm
          initial={query}
          onSearch={(next) => {
            const search = new URLSearchParams();
            for (const key of QUERY_KEYS) if (next[key].trim()) search.set(key, next[key].trim());
            setParams(search, { replace: true });
          }}
        />
        {people.resource.status === 'loading' ? <Loading /> : null}
        {people.resource.status === 'error' ? (
          <LoadError error={people.resource.error} onRetry={people.reload} />
        ) : null}
        {people.resource.status === 'ready' ? (
          <PeopleTable
            people={people.resource.data}
            teams={teams.resource.status === 'ready' ? teams.resource.data : []}
            onEdit={
              canEdit
                ? (person) => {
                    setEditing({ kind: 'person', person });
                  }
                : undefined
            }
          />
        ) : null}
        {editing?.kind === 'person' ? (
          <PersonTagsForm
            key={editing.person.userId}
            person={editing.person}
            onCancel={stopEditing}
            onSaved={() => {
              stopEditing();
              people.reload();
            }}
          />
        ) : null}
      </section>

      <section className="page__section" aria-labelledby="directory-teams-title">
        <h2 id="directory-teams-title">{t('directory.teams.title')}</h2>
        {canEdit && editing?.kind !== 'team' ? (
          <Button
            onClick={() => {
              setEditing({ kind: 'team', team: undefined });
            }}
          >
            {t('directory.edit.addTeam')}
          </Button>
        ) : null}
        {editing?.kind === 'team' ? (
          <TeamForm
            key={editing.team?.id ?? 'new'}
            team={editing.team}
            people={allPeople}
            onCancel={stopEditing}
            onSaved={() => {
              stopEditing();
              teams.reload();
            }}
          />
        ) : null}
        {teams.resource.status === 'loading' ? <Loading /> : null}
        {teams.resource.status === 'error' ? (
          <LoadError error={teams.resource.error} onRetry={teams.reload} />
        ) : null}
        {teams.resource.status === 'ready' ? (
          <TeamList
            teams={teams.resource.data}
            nameOf={nameOf}
            onEdit={
              canEdit
                ? (team) => {
                    setEditing({ kind: 'team', team });
                  }
                : undefined
            }
          />
        ) : null}
      </section>

      <section className="page__section" aria-labelledby="directory-targets-title">
        <h2 id="directory-targets-title">{t('directory.targets.title')}</h2>
        {canEdit && editing?.kind !== 'target' ? (
          <Button
            onClick={() => {
              setEditing({ kind: 'target', target: undefined });
            }}
          >
            {t('directory.edit.addTarget')}
          </Button>
        ) : null}
        {editing?.kind === 'target' ? (
          <TargetForm
            key={editing.target?.id ?? 'new'}
            target={editing.target}
            people={allPeople}
            onCancel={stopEditing}
            onSaved={() => {
              stopEditing();
              targets.reload();
            }}
          />
        ) : null}
        {targets.resource.status === 'loading' ? <Loading /> : null}
        {targets.resource.status === 'error' ? (
          <LoadError error={targets.resource.error} onRetry={targets.reload} />
        ) : null}
        {targets.resource.status === 'ready' ? (
          <TargetList
            targets={targets.resource.data}
            nameOf={nameOf}
            onEdit={
              canEdit
                ? (target) => {
                    setEditing({ kind: 'target', target });
                  }
                : undefined
            }
          />
        ) : null}
      </section>
    </div>
  );
}

type Editing =
  | { kind: 'person'; person: DirectoryPerson }
  | { kind: 'team'; team: Team | undefined }
  | { kind: 'target'; target: ConsultTarget | undefined };

const QUERY_KEYS = ['q', 'serviceId', 'profession'] as const;
type Query = Record<(typeof QUERY_KEYS)[number], string>;

function SearchForm({ initial, onSearch }: { initial: Query; onSearch: (query: Query) => void }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const services = useMe().organisation.services.filter((s) => s.isActive);
  const [draft, setDraft] = useState(initial);
  return (
    <form
      className="directory-search"
      role="search"
      aria-label={t('directory.people.searchLabel')}
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        onSearch(draft);
      }}
    >
      <TextField
        label={t('directory.people.q')}
        hint={t('directory.people.qHint')}
        type="search"
        maxLength={80}
        value={draft.q}
        onChange={(e) => {
          setDraft({ ...draft, q: e.target.value });
        }}
      />
      <SelectField
        label={t('directory.people.service')}
        emptyLabel={t('directory.people.anyService')}
        options={services.map((s) => ({ value: s.id, label: s.name[language] }))}
        value={draft.serviceId}
        onChange={(e) => {
          setDraft({ ...draft, serviceId: e.target.value });
        }}
      />
      <TextField
        label={t('directory.people.profession')}
        maxLength={80}
        value={draft.profession}
        onChange={(e) => {
          setDraft({ ...draft, profession: e.target.value });
        }}
      />
      <div className="directory-search__submit">
        <Button type="submit" variant="primary">
          {t('directory.people.search')}
        </Button>
      </div>
    </form>
  );
}

function PeopleTable({
  people,
  teams,
  onEdit,
}: {
  people: readonly DirectoryPerson[];
  teams: readonly Team[];
  onEdit: ((person: DirectoryPerson) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const services = useMe().organisation.services;
  if (people.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('directory.people.empty')}</p>
        <p>{t('directory.people.emptyHint')}</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table--dense">
        <caption className="visually-hidden">
          {t('directory.people.caption', { count: people.length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('directory.people.name')}</th>
            <th scope="col">{t('directory.people.profession')}</th>
            <th scope="col">{t('directory.people.service')}</th>
            <th scope="col">{t('directory.people.tasks')}</th>
            <th scope="col">{t('directory.people.areas')}</th>
            <th scope="col">{t('directory.people.teams')}</th>
            {onEdit ? <th scope="col">{t('directory.edit.column')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.userId}>
              <th scope="row">{person.displayName}</th>
              <td>{person.profession}</td>
              <td>{serviceName(services, person.serviceId, language)}</td>
              <td>{person.tasks.join(', ') || '–'}</td>
              <td>{person.areas.join(', ') || '–'}</td>
              <td>
                {person.teamIds
                  .map((id) => teams.find((team) => team.id === id)?.name)
                  .filter(Boolean)
                  .join(', ') || '–'}
              </td>
              {onEdit ? (
                <td>
                  <Button
                    variant="quiet"
                    aria-label={t('directory.edit.personTitle', { name: person.displayName })}
                    onClick={() => {
                      onEdit(person);
                    }}
                  >
                    {t('directory.edit.edit')}
                  </Button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function serviceName(
  services: readonly { id: string; name: Record<Language, string> }[],
  id: string | undefined,
  language: Language,
): string {
  return services.find((s) => s.id === id)?.name[language] ?? '–';
}

function TeamList({
  teams,
  nameOf,
  onEdit,
}: {
  teams: readonly Team[];
  nameOf: (id: string) => string;
  onEdit: ((team: Team) => void) | undefined;
}) {
  const { t } = useTranslation();
  if (teams.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('directory.teams.empty')}</p>
        <p>{t('directory.teams.emptyHint')}</p>
      </div>
    );
  }
  return (
    <ul className="plain-list directory-cards">
      {teams.map((team) => (
        <li key={team.id} className="card directory-card">
          <h3>{team.name}</h3>
          <dl className="facts">
            <div>
              <dt>{t('directory.teams.lead')}</dt>
              <dd>{nameOf(team.leadUserId)}</dd>
            </div>
            <div>
              <dt>{t('directory.teams.members')}</dt>
              <dd>{team.memberUserIds.map(nameOf).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('directory.teams.indications')}</dt>
              <dd>{team.referralIndications || '–'}</dd>
            </div>
          </dl>
          {onEdit ? (
            <Button
              variant="quiet"
              aria-label={t('directory.edit.teamTitle', { name: team.name })}
              onClick={() => {
                onEdit(team);
              }}
            >
              {t('directory.edit.edit')}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

function TargetList({
  targets,
  nameOf,
  onEdit,
}: {
  targets: readonly ConsultTarget[];
  nameOf: (id: string) => string;
  onEdit: ((target: ConsultTarget) => void) | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  if (targets.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('directory.targets.empty')}</p>
        <p>{t('directory.targets.emptyHint')}</p>
      </div>
    );
  }
  return (
    <ul className="plain-list directory-cards">
      {targets.map((target) => (
        <li key={target.id} className="card directory-card">
          <p className="page__eyebrow">{t(`directory.targetKinds.${target.kind}`)}</p>
          <h3>{target.name}</h3>
          {target.description ? <p>{target.description}</p> : null}
          <dl className="facts">
            <div>
              <dt>{t('directory.targets.lead')}</dt>
              <dd>{nameOf(target.leadUserId)}</dd>
            </div>
            <div>
              <dt>{t('directory.targets.pool')}</dt>
              <dd>{target.consultantUserIds.map(nameOf).join(', ') || '–'}</dd>
            </div>
            <div>
              <dt>{t('directory.targets.dutyHours')}</dt>
              <dd>
                {target.dutyHours.length === 0 ? (
                  t('directory.targets.noDutyHours')
                ) : (
                  <ul className="plain-list">
                    {sortedDutyHours(target.dutyHours).map((slot) => (
                      <li key={`${String(slot.weekday)}-${slot.start}`}>
                        {t(`directory.weekdays.${slot.weekday as Weekday}`)}{' '}
                        {formatClock(slot.start, language)}–{formatClock(slot.end, language)}
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
            </div>
          </dl>
          {onEdit ? (
            <Button
              variant="quiet"
              aria-label={t('directory.edit.targetTitle', { name: target.name })}
              onClick={() => {
                onEdit(target);
              }}
            >
              {t('directory.edit.edit')}
            </Button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
