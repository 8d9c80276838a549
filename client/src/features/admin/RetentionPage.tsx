import type { RetentionPolicy } from '@konsiili/shared';
import { useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { isAdmin, useMe } from '../../lib/session.tsx';
import { useResource } from '../../lib/use-resource.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LinkButton } from '../../ui/LinkButton.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { usePageTitle } from '../../ui/page-title.tsx';
import { fetchRetention, saveRetention } from './api.ts';

const FIELDS = ['pptChatDays', 'kelaHourChatDays', 'consultationMessageDays', 'caseOutcomeDays'] as const;
const MAX_DAYS = 3650;

/** /admin/retention — how long the organisation keeps chat and case text; admins edit, others read. */
export function RetentionPage() {
  const { t } = useTranslation();
  usePageTitle(t('retention.title'));
  const isEditor = isAdmin(useMe());
  const { resource, reload, update } = useResource('retention', (signal) => fetchRetention(signal));

  if (resource.status === 'loading') return <Loading />;
  if (resource.status === 'error') {
    return <LoadError error={resource.error} onRetry={reload} />;
  }
  return (
    <div className="page">
      <div className="page__header">
        <h1>{t('retention.title')}</h1>
        <p className="lead">{t('retention.intro')}</p>
      </div>
      {isEditor ? (
        <RetentionForm policy={resource.data} onSaved={update} />
      ) : (
        <dl className="retention-list">
          {FIELDS.map((field) => (
            <div key={field}>
              <dt>{t(`retention.fields.${field}`)}</dt>
              <dd>{t('retention.days', { count: resource.data[field] })}</dd>
            </div>
          ))}
        </dl>
      )}
      <p>
        <LinkButton to="/admin/audit">{t('retention.toAudit')}</LinkButton>
      </p>
    </div>
  );
}

function RetentionForm({
  policy,
  onSaved,
}: {
  policy: RetentionPolicy;
  onSaved: (p: RetentionPolicy) => void;
}) {
  const { t } = useTranslation();
  // Kept as typed text so a half-typed number is not lost or rewritten while editing.
  const [values, setValues] = useState<Record<(typeof FIELDS)[number], string>>(() => ({
    pptChatDays: String(policy.pptChatDays),
    kelaHourChatDays: String(policy.kelaHourChatDays),
    consultationMessageDays: String(policy.consultationMessageDays),
    caseOutcomeDays: String(policy.caseOutcomeDays),
  }));
  const [isSaving, setIsSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const [status, setStatus] = useState('');

  const invalid = FIELDS.filter((f) => {
    const n = Number(values[f]);
    return !Number.isInteger(n) || n < 1 || n > MAX_DAYS;
  });

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (invalid.length > 0) return;
    setIsSaving(true);
    setError(undefined);
    setStatus('');
    try {
      const saved = await saveRetention({
        pptChatDays: Number(values.pptChatDays),
        kelaHourChatDays: Number(values.kelaHourChatDays),
        consultationMessageDays: Number(values.consultationMessageDays),
        caseOutcomeDays: Number(values.caseOutcomeDays),
      });
      onSaved(saved);
      setStatus(t('retention.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form className="form retention-form" noValidate onSubmit={(e) => void submit(e)}>
      {FIELDS.map((field) => (
        <TextField
          key={field}
          label={t(`retention.fields.${field}`)}
          hint={t('retention.hint', { max: MAX_DAYS })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_DAYS}
          required
          value={values[field]}
          error={invalid.includes(field) ? t('retention.invalid', { max: MAX_DAYS }) : undefined}
          onChange={(e) => {
            setValues((v) => ({ ...v, [field]: e.target.value }));
          }}
        />
      ))}
      {error !== undefined ? <Alert>{t(errorMessageKey(error))}</Alert> : null}
      <Button type="submit" variant="primary" disabled={isSaving || invalid.length > 0}>
        {isSaving ? t('retention.saving') : t('retention.save')}
      </Button>
      <LiveRegion>{status}</LiveRegion>
    </form>
  );
}
