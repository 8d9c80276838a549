import type { UserId } from '@konsiili/shared';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../lib/api-error.ts';
import type { Consult, ConsultActionRequest, DirectoryPerson, OutcomeKind, Team } from '@konsiili/shared';
import { usePiiHints } from '../../lib/pii-hints.ts';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { PiiWarning } from '../../ui/PiiWarning.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextAreaField } from '../../ui/TextAreaField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import type { ActionName } from './actions.ts';
import { actOnConsult } from './api.ts';

const OUTCOMES: readonly OutcomeKind[] = [
  'resolved_without_referral',
  'referral_recommended',
  'more_information_needed',
];
/** Steps that need nothing typed go straight to the server. */
const IMMEDIATE: readonly ActionName[] = ['accept', 'release'];

interface ConsultActionsProps {
  consult: Consult;
  actions: readonly ActionName[];
  /** People who may take the request over (the pool), for reassign. */
  candidates: readonly DirectoryPerson[];
  teams: readonly Team[];
  onChanged: (consult: Consult) => void;
}

/** The steps open to me now. Those that need text open a small form under the buttons. */
export function ConsultActions({ consult, actions, candidates, teams, onChanged }: ConsultActionsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ActionName | undefined>();
  const [failure, setFailure] = useState<unknown>();
  const [isSending, setIsSending] = useState(false);

  async function send(action: ConsultActionRequest) {
    setIsSending(true);
    try {
      const next = await actOnConsult(consult.id, action);
      setFailure(undefined);
      setOpen(undefined);
      onChanged(next);
    } catch (error) {
      setFailure(error);
    } finally {
      setIsSending(false);
    }
  }

  if (actions.length === 0) return null;
  return (
    <section className="card consult-actions" aria-labelledby="consult-actions-title">
      <h2 id="consult-actions-title">{t('consults.detail.actions')}</h2>
      {failure ? <Alert>{t(errorMessageKey(failure))}</Alert> : null}
      <div className="consult-actions__buttons">
        {actions.map((action) => (
          <Button
            key={action}
            variant={
              action === 'accept' || action === 'answer' || action === 'provide_info'
                ? 'primary'
                : 'secondary'
            }
            disabled={isSending}
            aria-expanded={IMMEDIATE.includes(action) ? undefined : open === action}
            onClick={() => {
              if (IMMEDIATE.includes(action)) {
                void send({ action } as ConsultActionRequest);
              } else {
                setOpen(open === action ? undefined : action);
              }
            }}
          >
            {t(`consults.actionButtons.${action}`)}
          </Button>
        ))}
      </div>
      {open === 'request_info' || open === 'provide_info' || open === 'answer' ? (
        <TextActionForm
          key={open}
          action={open}
          isSending={isSending}
          onCancel={() => {
            setOpen(undefined);
          }}
          onSend={(text) =>
            void send(
              open === 'answer' ? { action: 'answer', answer: text } : { action: open, message: text },
            )
          }
        />
      ) : null}
      {open === 'reassign' ? (
        <ReassignForm
          candidates={candidates.filter((p) => p.userId !== consult.ownerId)}
          isSending={isSending}
          onCancel={() => {
            setOpen(undefined);
          }}
          onSend={(toUserId) => void send({ action: 'reassign', toUserId })}
        />
      ) : null}
      {open === 'close' ? (
        <CloseForm
          teams={teams}
          isSending={isSending}
          onCancel={() => {
            setOpen(undefined);
          }}
          onSend={(outcome) => void send({ action: 'close', outcome })}
        />
      ) : null}
    </section>
  );
}

function TextActionForm({
  action,
  isSending,
  onCancel,
  onSend,
}: {
  action: 'request_info' | 'provide_info' | 'answer';
  isSending: boolean;
  onCancel: () => void;
  onSend: (text: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const spans = usePiiHints(text);
  return (
    <form
      className="consult-actions__form"
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (text.trim() === '') {
          setError(t('consults.actionForms.textMissing'));
          return;
        }
        onSend(text.trim());
      }}
    >
      <TextAreaField
        label={t(`consults.actionForms.${action}`)}
        hint={t('consults.actionForms.anonymousHint')}
        error={error}
        rows={4}
        maxLength={4000}
        autoFocus
        value={text}
        below={{
          id: `${id}-pii`,
          node: spans.length > 0 ? <PiiWarning id={`${id}-pii`} text={text} spans={spans} /> : null,
        }}
        onChange={(e) => {
          setText(e.target.value);
          setError(undefined);
        }}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSending}>
          {t(`consults.actionSubmit.${action}`)}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('consults.actionForms.cancel')}
        </Button>
      </div>
    </form>
  );
}

function ReassignForm({
  candidates,
  isSending,
  onCancel,
  onSend,
}: {
  candidates: readonly DirectoryPerson[];
  isSending: boolean;
  onCancel: () => void;
  onSend: (userId: UserId) => void;
}) {
  const { t } = useTranslation();
  const [userId, setUserId] = useState('');
  const person = candidates.find((p) => p.userId === userId);
  if (candidates.length === 0) {
    return <p className="consult-actions__form">{t('consults.actionForms.noCandidates')}</p>;
  }
  return (
    <form
      className="consult-actions__form"
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (person) onSend(person.userId);
      }}
    >
      <SelectField
        label={t('consults.actionForms.reassignTo')}
        emptyLabel={t('consults.actionForms.reassignEmpty')}
        options={candidates.map((p) => ({ value: p.userId, label: `${p.displayName}, ${p.profession}` }))}
        value={userId}
        onChange={(e) => {
          setUserId(e.target.value);
        }}
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSending || !person}>
          {t('consults.actionSubmit.reassign')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('consults.actionForms.cancel')}
        </Button>
      </div>
    </form>
  );
}

function CloseForm({
  teams,
  isSending,
  onCancel,
  onSend,
}: {
  teams: readonly Team[];
  isSending: boolean;
  onCancel: () => void;
  onSend: (outcome: { kind: OutcomeKind; referralTeam?: string }) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [kind, setKind] = useState<OutcomeKind | undefined>();
  const [team, setTeam] = useState('');
  const [error, setError] = useState<string | undefined>();
  return (
    <form
      className="consult-actions__form"
      noValidate
      onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
        event.preventDefault();
        if (!kind) {
          setError(t('consults.actionForms.outcomeMissing'));
          return;
        }
        if (kind === 'referral_recommended' && team.trim() === '') {
          setError(t('consults.actionForms.teamMissing'));
          return;
        }
        onSend(kind === 'referral_recommended' ? { kind, referralTeam: team.trim() } : { kind });
      }}
    >
      <fieldset className="checkbox-group" aria-describedby={error ? `${id}-error` : undefined}>
        <legend>{t('consults.actionForms.outcome')}</legend>
        <div className="checkbox-group__items checkbox-group__items--stacked">
          {OUTCOMES.map((outcome) => (
            <label key={outcome} className="checkbox">
              <input
                type="radio"
                name={`${id}-outcome`}
                value={outcome}
                checked={kind === outcome}
                onChange={() => {
                  setKind(outcome);
                  setError(undefined);
                }}
              />
              <span>{t(`consults.outcomes.${outcome}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'referral_recommended' ? (
        teams.length > 0 ? (
          <SelectField
            label={t('consults.actionForms.referralTeam')}
            emptyLabel={t('consults.actionForms.referralTeamEmpty')}
            options={teams.map((x) => ({ value: x.name, label: x.name }))}
            value={team}
            onChange={(e) => {
              setTeam(e.target.value);
              setError(undefined);
            }}
          />
        ) : (
          <TextField
            label={t('consults.actionForms.referralTeam')}
            maxLength={120}
            value={team}
            onChange={(e) => {
              setTeam(e.target.value);
              setError(undefined);
            }}
          />
        )
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`} role="alert">
          <span aria-hidden="true">! </span>
          {error}
        </p>
      ) : null}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSending}>
          {t('consults.actionSubmit.close')}
        </Button>
        <Button variant="quiet" onClick={onCancel}>
          {t('consults.actionForms.cancel')}
        </Button>
      </div>
    </form>
  );
}
