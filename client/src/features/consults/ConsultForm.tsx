import { useId, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import { useNow } from '../../lib/clock.ts';
import {
  TargetId,
  type ConsentGiver,
  type Consult,
  type ConsultTarget,
  type CreateConsultRequest,
  type Urgency,
} from '@konsiili/shared';
import { toLanguage } from '../../lib/language.ts';
import { usePiiHints } from '../../lib/pii-hints.ts';
import { formatDateTime } from '../../lib/time.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PiiWarning } from '../../ui/PiiWarning.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { createConsult } from './api.ts';
import { dueAtFor } from './due.ts';

const URGENCIES: readonly Urgency[] = ['today', '3d', '7d'];
const GIVERS: readonly ConsentGiver[] = ['client', 'guardian', 'representative'];
const QUESTION_MAX = 2000;
const SUMMARY_MAX = 4000;

interface Draft {
  targetId: string;
  urgency: Urgency;
  question: string;
  caseSummary: string;
  isIdentified: boolean;
  clientReference: string;
  givenBy: ConsentGiver | '';
  givenOn: string;
  scope: string;
}

type Field = Exclude<keyof Draft, 'urgency' | 'isIdentified'>;
type FieldErrors = Partial<Record<Field, string>>;

/** Which fields are missing; the server validates again, this only says it before a round trip. */
function missingFields(draft: Draft): Field[] {
  const required: Field[] = ['targetId', 'question', 'caseSummary'];
  if (draft.isIdentified) required.push('clientReference', 'givenBy', 'givenOn', 'scope');
  return required.filter((field) => draft[field].trim() === '');
}

function toRequest(draft: Draft): CreateConsultRequest {
  return {
    targetId: TargetId.parse(draft.targetId),
    urgency: draft.urgency,
    question: draft.question.trim(),
    caseSummary: draft.caseSummary.trim(),
    ...(draft.isIdentified && draft.givenBy !== ''
      ? {
          identification: {
            clientReference: draft.clientReference.trim(),
            consent: { givenBy: draft.givenBy, givenOn: draft.givenOn, scope: draft.scope.trim() },
          },
        }
      : {}),
  };
}

/**
 * The request form: target, urgency with its due time, question, the anonymous case summary (with the
 * same PII hints as the chat composer, confirmed once before sending) and, only when the client has
 * consented, the identification.
 */
export function ConsultForm({
  targets,
  onCreated,
}: {
  targets: readonly ConsultTarget[];
  onCreated: (consult: Consult) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const now = useNow();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>({
    targetId: '',
    urgency: '3d',
    question: '',
    caseSummary: '',
    isIdentified: false,
    clientReference: '',
    givenBy: '',
    givenOn: '',
    scope: '',
  });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>();
  const [isSaving, setIsSaving] = useState(false);
  const [needsPiiConfirm, setNeedsPiiConfirm] = useState(false);
  const questionSpans = usePiiHints(draft.question);
  const summarySpans = usePiiHints(draft.caseSummary);
  const hasPii = questionSpans.length > 0 || summarySpans.length > 0;

  function set<K extends keyof Draft>(key: K, value: Draft[K]) {
    setDraft((d) => ({ ...d, [key]: value }));
    if (key === 'question' || key === 'caseSummary') setNeedsPiiConfirm(false);
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingFields(draft);
    if (missing.length > 0) {
      setErrors(Object.fromEntries(missing.map((field) => [field, t(`consults.form.missing.${field}`)])));
      // After React marks the fields invalid, the first of them takes focus so its error is read out.
      requestAnimationFrame(() => {
        formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      });
      return;
    }
    setErrors({});
    if (hasPii && !needsPiiConfirm) {
      setNeedsPiiConfirm(true);
      return;
    }
    setIsSaving(true);
    try {
      const consult = await createConsult(toRequest(draft));
      setFailure(undefined);
      onCreated(consult);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSaving(false);
    }
  }

  const target = targets.find((x) => x.id === draft.targetId);
  const dueText = formatDateTime(dueAtFor(draft.urgency, now), language);

  return (
    <form ref={formRef} className="form consult-form card" noValidate onSubmit={(e) => void submit(e)}>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      <SelectField
        label={t('consults.form.target')}
        hint={errors.targetId ?? t('consults.form.targetHint')}
        emptyLabel={t('consults.form.targetEmpty')}
        options={targets.map((x) => ({
          value: x.id,
          label: `${x.name} (${t(`consults.targetKinds.${x.kind}`)})`,
        }))}
        value={draft.targetId}
        aria-invalid={errors.targetId ? true : undefined}
        onChange={(e) => {
          set('targetId', e.target.value);
        }}
      />
      {target?.description ? <p className="consult-form__target-note">{target.description}</p> : null}

      <fieldset className="checkbox-group" aria-describedby={`${id}-due`}>
        <legend>{t('consults.form.urgency')}</legend>
        <div className="checkbox-group__items">
          {URGENCIES.map((urgency) => (
            <label key={urgency} className="checkbox">
              <input
                type="radio"
                name={`${id}-urgency`}
                value={urgency}
                checked={draft.urgency === urgency}
                onChange={() => {
                  set('urgency', urgency);
                }}
              />
              <span>{t(`consults.urgency.${urgency}`)}</span>
            </label>
          ))}
        </div>
        <p className="field__hint" id={`${id}-due`} aria-live="polite">
          {t('consults.form.dueAt', { when: dueText })}
        </p>
      </fieldset>

      <TextAreaField
        label={t('consults.form.question')}
        hint={t('consults.form.questionHint')}
        error={errors.question}
        rows={3}
        maxLength={QUESTION_MAX}
        value={draft.question}
        below={{
          id: `${id}-question-pii`,
          node:
            questionSpans.length > 0 ? (
              <PiiWarning id={`${id}-question-pii`} text={draft.question} spans={questionSpans} />
            ) : null,
        }}
        onChange={(e) => {
          set('question', e.target.value);
        }}
      />
      <TextAreaField
        label={t('consults.form.caseSummary')}
        hint={t('consults.form.caseSummaryHint')}
        error={errors.caseSummary}
        rows={6}
        maxLength={SUMMARY_MAX}
        value={draft.caseSummary}
        below={{
          id: `${id}-summary-pii`,
          node:
            summarySpans.length > 0 ? (
              <PiiWarning id={`${id}-summary-pii`} text={draft.caseSummary} spans={summarySpans} />
            ) : null,
        }}
        onChange={(e) => {
          set('caseSummary', e.target.value);
        }}
      />

      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.isIdentified}
          aria-describedby={`${id}-identified-hint`}
          onChange={(e) => {
            set('isIdentified', e.target.checked);
          }}
        />
        <span>{t('consults.form.identified')}</span>
      </label>
      <p className="field__hint" id={`${id}-identified-hint`}>
        {t('consults.form.identifiedHint')}
      </p>
      {draft.isIdentified ? (
        <fieldset className="consult-form__consent">
          <legend>{t('consults.form.consentTitle')}</legend>
          <TextField
            label={t('consults.form.clientReference')}
            hint={t('consults.form.clientReferenceHint')}
            error={errors.clientReference}
            autoComplete="off"
            maxLength={64}
            value={draft.clientReference}
            onChange={(e) => {
              set('clientReference', e.target.value);
            }}
          />
          <SelectField
            label={t('consults.form.givenBy')}
            hint={errors.givenBy}
            emptyLabel={t('consults.form.givenByEmpty')}
            options={GIVERS.map((giver) => ({ value: giver, label: t(`consults.consentGivers.${giver}`) }))}
            value={draft.givenBy}
            aria-invalid={errors.givenBy ? true : undefined}
            onChange={(e) => {
              set('givenBy', e.target.value as ConsentGiver | '');
            }}
          />
          <TextField
            label={t('consults.form.givenOn')}
            type="date"
            error={errors.givenOn}
            value={draft.givenOn}
            onChange={(e) => {
              set('givenOn', e.target.value);
            }}
          />
          <TextField
            label={t('consults.form.scope')}
            hint={t('consults.form.scopeHint')}
            error={errors.scope}
            maxLength={200}
            value={draft.scope}
            onChange={(e) => {
              set('scope', e.target.value);
            }}
          />
        </fieldset>
      ) : null}

      {needsPiiConfirm ? <Alert tone="info">{t('consults.form.piiConfirm')}</Alert> : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSaving}>
          {isSaving
            ? t('consults.form.sending')
            : needsPiiConfirm
              ? t('consults.form.sendAnyway')
              : t('consults.form.send')}
        </Button>
      </div>
    </form>
  );
}
