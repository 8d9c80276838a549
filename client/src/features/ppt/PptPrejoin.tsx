import { ServiceId, type PptState, type RoomSummary } from '@konsiili/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../lib/session.tsx';
import { formatDate, formatTimeRange } from '../../lib/time.ts';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { usePptLabels } from './labels.ts';
import { PiiReminder } from '../rooms/PiiReminder.tsx';
import { PrejoinAction } from '../rooms/PrejoinAction.tsx';
import { loadSessionProfile, type EnterProfile } from './remembered-profile.ts';

interface Errors {
  displayName?: string;
  profession?: string;
  serviceId?: string;
}

/** Who I am in this session and which service I represent (remembered), and the anonymity rule. */
export function PptPrejoin({
  room,
  preview,
  onJoin,
}: {
  room: RoomSummary;
  /** The agenda so far, when the server lets me look before joining. */
  preview: PptState | undefined;
  onJoin: (profile: EnterProfile) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const { language, services, serviceName, itemTitle } = usePptLabels();
  const [profile, setProfile] = useState(() =>
    loadSessionProfile({
      displayName: me.user.displayName,
      profession: me.user.profession,
      serviceId: me.user.services[0] ?? '',
    }),
  );
  const [errors, setErrors] = useState<Errors>({});
  const waiting = preview?.items.filter((i) => i.status === 'queued') ?? [];

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const serviceId = ServiceId.safeParse(profile.serviceId);
    const next: Errors = {};
    if (profile.displayName.trim() === '') next.displayName = t('ppt.prejoin.displayNameMissing');
    if (profile.profession.trim() === '') next.profession = t('ppt.prejoin.professionMissing');
    if (!serviceId.success) next.serviceId = t('ppt.prejoin.serviceMissing');
    setErrors(next);
    if (Object.keys(next).length > 0 || !serviceId.success) return;
    onJoin({
      displayName: profile.displayName.trim(),
      profession: profile.profession.trim(),
      serviceId: serviceId.data,
    });
  }

  return (
    <section className="card prejoin ppt-prejoin" aria-labelledby="prejoin-title">
      <h2 id="prejoin-title">{t('room.prejoinTitle')}</h2>
      {room.startsAt ? (
        <p className="ppt-prejoin__time">
          {formatDate(room.startsAt, language)}{' '}
          {formatTimeRange(room.startsAt, room.durationMinutes, language)}
        </p>
      ) : null}
      <PiiReminder />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          label={t('ppt.prejoin.displayName')}
          hint={t('ppt.prejoin.displayNameHint')}
          autoComplete="name"
          value={profile.displayName}
          error={errors.displayName}
          onChange={(e) => {
            setProfile({ ...profile, displayName: e.target.value });
          }}
          maxLength={80}
        />
        <TextField
          label={t('ppt.prejoin.profession')}
          hint={t('ppt.prejoin.professionHint')}
          value={profile.profession}
          error={errors.profession}
          onChange={(e) => {
            setProfile({ ...profile, profession: e.target.value });
          }}
          maxLength={80}
        />
        <SelectField
          label={t('ppt.prejoin.service')}
          hint={errors.serviceId ?? t('ppt.prejoin.serviceHint')}
          aria-invalid={errors.serviceId ? true : undefined}
          emptyLabel={t('ppt.prejoin.chooseService')}
          options={services.filter((s) => s.isActive).map((s) => ({ value: s.id, label: s.name[language] }))}
          value={profile.serviceId}
          onChange={(e) => {
            setProfile({ ...profile, serviceId: e.target.value });
          }}
        />
        <p className="field__hint">{t('ppt.prejoin.remembered')}</p>
        {/* An occurrence's room is closed only when the organiser cancels it. */}
        <PrejoinAction room={room} closedText={t('stage.schedule.cancelled')} />
      </form>
      {waiting.length > 0 ? (
        <section className="ppt-prejoin__agenda" aria-labelledby="prejoin-agenda">
          <h3 id="prejoin-agenda">{t('ppt.prejoin.agendaSoFar')}</h3>
          <ol className="plain-list ppt-agenda-preview">
            {waiting.map((item) => (
              <li key={item.id}>
                <span className="ppt-agenda-preview__title">{itemTitle(item)}</span>{' '}
                <span className="muted">
                  · {serviceName(item.presenterServiceId)}
                  {item.carriedFrom
                    ? ` · ${t('ppt.carriedFrom', { date: formatDate(`${item.carriedFrom}T12:00:00Z`, language) })}`
                    : ''}
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </section>
  );
}
