import { ServiceId, type AcceptInvitationRequest, type Service } from '@konsiili/shared';
import { useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toLanguage } from '../../lib/language.ts';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { loadProfile, saveProfile } from './remembered-profile.ts';

interface InviteFormProps {
  services: readonly Service[] | undefined;
  isSubmitting: boolean;
  onSubmit: (body: AcceptInvitationRequest) => void;
}

export function InviteForm({ services, isSubmitting, onSubmit }: InviteFormProps) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const [initial] = useState(loadProfile);
  const [displayName, setDisplayName] = useState('');
  const [profession, setProfession] = useState(initial.profession);
  const [serviceId, setServiceId] = useState(initial.serviceId);
  const [errors, setErrors] = useState<{ displayName?: boolean; profession?: boolean }>({});
  const nameRef = useRef<HTMLInputElement>(null);
  const professionRef = useRef<HTMLInputElement>(null);
  const activeServices = (services ?? []).filter((s) => s.isActive);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = { displayName: displayName.trim() === '', profession: profession.trim() === '' };
    setErrors(next);
    if (next.displayName) {
      nameRef.current?.focus();
      return;
    }
    if (next.profession) {
      professionRef.current?.focus();
      return;
    }
    const parsed = ServiceId.safeParse(serviceId);
    const service = parsed.success ? activeServices.find((s) => s.id === parsed.data) : undefined;
    saveProfile({ profession: profession.trim(), serviceId: service?.id ?? '' });
    onSubmit({
      displayName: displayName.trim(),
      profession: profession.trim(),
      ...(service ? { serviceId: service.id } : {}),
    });
  }

  return (
    <form noValidate onSubmit={submit}>
      <TextField
        ref={nameRef}
        label={t('invite.displayName')}
        hint={t('invite.displayNameHint')}
        autoComplete="name"
        maxLength={80}
        required
        value={displayName}
        error={errors.displayName ? t('invite.errors.displayNameMissing') : undefined}
        onChange={(event) => {
          setDisplayName(event.target.value);
        }}
      />
      <TextField
        ref={professionRef}
        label={t('invite.profession')}
        hint={t('invite.professionHint')}
        autoComplete="organization-title"
        maxLength={80}
        required
        value={profession}
        error={errors.profession ? t('invite.errors.professionMissing') : undefined}
        onChange={(event) => {
          setProfession(event.target.value);
        }}
      />
      {activeServices.length > 0 ? (
        <SelectField
          label={t('invite.service')}
          hint={t('invite.serviceHint')}
          emptyLabel={t('invite.noService')}
          options={activeServices.map((s) => ({ value: s.id, label: s.name[language] }))}
          value={serviceId}
          onChange={(event) => {
            setServiceId(event.target.value);
          }}
        />
      ) : null}
      <Button type="submit" variant="primary" size="large" disabled={isSubmitting}>
        {isSubmitting ? t('invite.accepting') : t('invite.accept')}
      </Button>
    </form>
  );
}
