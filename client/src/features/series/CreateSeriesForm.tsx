import { CreateSeriesRequest, type Series } from '@konsiili/shared';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { toLanguage } from '../../lib/language.ts';
import { searchPeople } from '../../lib/people.ts';
import { useResource } from '../../lib/use-resource.ts';
import { useMe } from '../../lib/session.tsx';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { createSeries } from './api.ts';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

interface Draft {
  centreName: string;
  id: string;
  weekday: string;
  startTime: string;
  durationMinutes: string;
  firstDate: string;
  requiredServices: string[];
  chairId: string;
  deputyChairId: string;
  membersSkipLobby: boolean;
}

type FieldErrors = Partial<Record<keyof Draft, string>>;

/** Organisers and admins create a centre's weekly PPT slot. */
export function CreateSeriesForm({ onCreated }: { onCreated: (series: Series) => void }) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const me = useMe();
  const servicesId = useId();
  const [draft, setDraft] = useState<Draft>({
    centreName: '',
    id: '',
    weekday: '3',
    startTime: '13:00',
    durationMinutes: '60',
    firstDate: '',
    requiredServices: [],
    chairId: me.user.id,
    deputyChairId: '',
    membersSkipLobby: true,
  });
  const { resource: people } = useResource('directory-people', (signal) => searchPeople({}, signal));
  // Until the directory answers (or if it cannot), the organiser can still pick themselves.
  const personOptions =
    people.status === 'ready'
      ? people.data
          .map((p) => ({ value: p.userId, label: `${p.displayName}, ${p.profession}` }))
          .sort((a, b) => a.label.localeCompare(b.label, language))
      : [{ value: me.user.id, label: `${me.user.displayName}, ${me.user.profession}` }];
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      id: draft.id.trim(),
      centreName: draft.centreName.trim(),
      weekday: Number(draft.weekday),
      startTime: draft.startTime,
      durationMinutes: Number(draft.durationMinutes),
      firstDate: draft.firstDate,
      requiredServices: draft.requiredServices,
      chairId: draft.chairId.trim(),
      ...(draft.deputyChairId.trim() ? { deputyChairId: draft.deputyChairId.trim() } : {}),
      membersSkipLobby: draft.membersSkipLobby,
    };
    const parsed = CreateSeriesRequest.safeParse(input);
    if (!parsed.success) {
      const next: FieldErrors = {};
      for (const issue of parsed.error.issues) {
        const key = issue.path[0];
        if (typeof key === 'string' && key in draft)
          next[key as keyof Draft] = t(`series.create.invalid.${key as keyof Draft}`);
      }
      setErrors(next);
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      const series = await createSeries(input);
      setFailure(undefined);
      onCreated(series);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form
      className="form series-form card"
      noValidate
      onSubmit={(e) => void submit(e)}
      aria-labelledby="series-create-title"
    >
      <h2 id="series-create-title">{t('series.create.title')}</h2>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      <div className="series-form__grid">
        <TextField
          label={t('series.create.centreName')}
          value={draft.centreName}
          error={errors.centreName}
          maxLength={120}
          onChange={(e) => {
            set('centreName', e.target.value);
          }}
        />
        <TextField
          label={t('series.create.id')}
          hint={t('series.create.idHint')}
          value={draft.id}
          error={errors.id}
          maxLength={40}
          onChange={(e) => {
            set('id', e.target.value);
          }}
        />
        <SelectField
          label={t('series.create.weekday')}
          options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`series.weekdays.${d}`) }))}
          value={draft.weekday}
          onChange={(e) => {
            set('weekday', e.target.value);
          }}
        />
        <TextField
          label={t('series.create.startTime')}
          type="time"
          value={draft.startTime}
          error={errors.startTime}
          onChange={(e) => {
            set('startTime', e.target.value);
          }}
        />
        <TextField
          label={t('series.create.duration')}
          type="number"
          min={15}
          max={240}
          value={draft.durationMinutes}
          error={errors.durationMinutes}
          onChange={(e) => {
            set('durationMinutes', e.target.value);
          }}
        />
        <TextField
          label={t('series.create.firstDate')}
          type="date"
          value={draft.firstDate}
          error={errors.firstDate}
          onChange={(e) => {
            set('firstDate', e.target.value);
          }}
        />
        <SelectField
          label={t('series.create.chairId')}
          hint={
            people.status === 'error' ? t('series.create.peopleUnavailable') : t('series.create.userIdHint')
          }
          options={personOptions}
          value={draft.chairId}
          onChange={(e) => {
            set('chairId', e.target.value);
          }}
        />
        <SelectField
          label={t('series.create.deputyId')}
          hint={t('series.create.optional')}
          options={personOptions.filter((o) => o.value !== draft.chairId)}
          emptyLabel={t('series.create.noDeputy')}
          value={draft.deputyChairId}
          onChange={(e) => {
            set('deputyChairId', e.target.value);
          }}
        />
      </div>
      <fieldset className="checkbox-group" aria-describedby={`${servicesId}-hint`}>
        <legend>{t('series.create.requiredServices')}</legend>
        <p className="field__hint" id={`${servicesId}-hint`}>
          {t('series.create.requiredServicesHint')}
        </p>
        <div className="checkbox-group__items">
          {me.organisation.services
            .filter((s) => s.isActive)
            .map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={draft.requiredServices.includes(s.id)}
                  onChange={(e) => {
                    set(
                      'requiredServices',
                      e.target.checked
                        ? [...draft.requiredServices, s.id]
                        : draft.requiredServices.filter((id) => id !== s.id),
                    );
                  }}
                />
                <span>{s.name[language]}</span>
              </label>
            ))}
        </div>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.membersSkipLobby}
          onChange={(e) => {
            set('membersSkipLobby', e.target.checked);
          }}
        />
        <span>{t('series.create.skipLobby')}</span>
      </label>
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving ? t('series.create.saving') : t('series.create.submit')}
        </Button>
      </div>
    </form>
  );
}
