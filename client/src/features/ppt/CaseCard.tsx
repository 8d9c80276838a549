import {
  CLIENT_SEGMENTS,
  ClientSegment,
  type AgendaItem,
  type PresentMember,
  type RoomId,
  type ServiceId,
} from '@konsiili/shared';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { SelectField } from '../../ui/SelectField.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { pptApi } from './api.ts';
import { ItemTimerBar } from './ItemTimerBar.tsx';
import { usePptLabels } from './labels.ts';
import type { RunCommand } from './use-command.ts';

export interface OutcomeDraft {
  nextSteps: string;
  serviceIds: ServiceId[];
}

interface CaseCardProps {
  roomId: RoomId;
  item: AgendaItem | undefined;
  position: { index: number; total: number };
  members: readonly PresentMember[];
  now: number;
  canEdit: boolean;
  isChair: boolean;
  outcome: OutcomeDraft;
  onOutcomeChange: (outcome: OutcomeDraft) => void;
  run: RunCommand;
}

/** The centre of the stage: the item being handled, its time box, and (for the chair) its outcome. */
export function CaseCard(props: CaseCardProps) {
  const { t } = useTranslation();
  const { item, members, now } = props;
  const { serviceName, personName, itemTitle } = usePptLabels(members);

  if (!item) {
    return (
      <section className="case-card case-card--empty" aria-labelledby="case-card-title">
        <h2 id="case-card-title">{t('stage.case.nothingRunning')}</h2>
        <p>{props.isChair ? t('stage.case.startHintChair') : t('stage.case.startHint')}</p>
      </section>
    );
  }

  return (
    <section className="case-card" aria-labelledby="case-card-title">
      <p className="case-card__eyebrow">
        {t(item.kind === 'case' ? 'ppt.kind.case' : 'ppt.kind.phenomenon')} ·{' '}
        {t('stage.case.position', { index: props.position.index, total: props.position.total })}
      </p>
      <h2 id="case-card-title">{itemTitle(item)}</h2>
      <dl className="facts case-card__facts">
        <div>
          <dt>{t('stage.case.service')}</dt>
          <dd>{serviceName(item.presenterServiceId)}</dd>
        </div>
        <div>
          <dt>{t('stage.case.presenter')}</dt>
          <dd>{personName(item.presenterId)}</dd>
        </div>
        {item.segment ? (
          <div>
            <dt>{t('stage.case.segment')}</dt>
            <dd>{t(`ppt.segments.${item.segment}`)}</dd>
          </div>
        ) : null}
      </dl>
      <div className="case-card__question">
        <h3>{t('stage.case.question')}</h3>
        <p>{item.question.trim() === '' ? t('stage.case.noQuestion') : item.question}</p>
      </div>
      <ItemTimerBar item={item} now={now} />
      {props.canEdit ? <EditCard key={item.id} roomId={props.roomId} item={item} run={props.run} /> : null}
      {props.isChair ? <OutcomeForm value={props.outcome} onChange={props.onOutcomeChange} /> : null}
    </section>
  );
}

function EditCard({ roomId, item, run }: { roomId: RoomId; item: AgendaItem; run: RunCommand }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(item.title);
  const [question, setQuestion] = useState(item.question);
  const [segment, setSegment] = useState<string>(item.segment ?? '');
  const [saved, setSaved] = useState(false);
  const questionId = useId();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsedSegment = ClientSegment.safeParse(segment);
    const ok = await run(() =>
      pptApi.editItem(roomId, item.id, {
        title: title.trim(),
        question: question.trim(),
        ...(parsedSegment.success ? { segment: parsedSegment.data } : {}),
      }),
    );
    setSaved(ok);
  }

  return (
    <details className="case-card__edit">
      <summary>{t('stage.case.edit')}</summary>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <p className="field__hint">{t('stage.case.editHint')}</p>
        <TextField
          label={t('stage.case.titleLabel')}
          value={title}
          maxLength={160}
          onChange={(e) => {
            setTitle(e.target.value);
            setSaved(false);
          }}
        />
        <div className="field">
          <label className="field__label" htmlFor={questionId}>
            {t('stage.case.question')}
          </label>
          <textarea
            id={questionId}
            className="field__input"
            rows={3}
            maxLength={2000}
            value={question}
            onChange={(e) => {
              setQuestion(e.target.value);
              setSaved(false);
            }}
          />
        </div>
        <SelectField
          label={t('stage.case.segment')}
          emptyLabel={t('stage.case.noSegment')}
          options={CLIENT_SEGMENTS.map((s) => ({ value: s, label: t(`ppt.segments.${s}`) }))}
          value={segment}
          onChange={(e) => {
            setSegment(e.target.value);
            setSaved(false);
          }}
        />
        <div className="form__actions">
          <Button type="submit">{t('stage.case.save')}</Button>
          {saved ? <span role="status">{t('stage.case.saved')}</span> : null}
        </div>
      </form>
    </details>
  );
}

/** What was agreed and which services take it on; sent with Finish. */
function OutcomeForm({ value, onChange }: { value: OutcomeDraft; onChange: (v: OutcomeDraft) => void }) {
  const { t } = useTranslation();
  const { services, language } = usePptLabels();
  const stepsId = useId();
  return (
    <fieldset className="outcome">
      <legend>{t('stage.outcome.title')}</legend>
      <div className="field">
        <label className="field__label" htmlFor={stepsId}>
          {t('stage.outcome.nextSteps')}
        </label>
        <p className="field__hint" id={`${stepsId}-hint`}>
          {t('stage.outcome.nextStepsHint')}
        </p>
        <textarea
          id={stepsId}
          className="field__input"
          rows={3}
          maxLength={2000}
          aria-describedby={`${stepsId}-hint`}
          value={value.nextSteps}
          onChange={(e) => {
            onChange({ ...value, nextSteps: e.target.value });
          }}
        />
      </div>
      <fieldset className="checkbox-group">
        <legend>{t('stage.outcome.services')}</legend>
        <div className="checkbox-group__items">
          {services
            .filter((s) => s.isActive)
            .map((s) => (
              <label key={s.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={value.serviceIds.includes(s.id)}
                  onChange={(e) => {
                    onChange({
                      ...value,
                      serviceIds: e.target.checked
                        ? [...value.serviceIds, s.id]
                        : value.serviceIds.filter((id) => id !== s.id),
                    });
                  }}
                />
                <span>{s.name[language]}</span>
              </label>
            ))}
        </div>
      </fieldset>
      <p className="field__hint">{t('stage.outcome.sentWithFinish')}</p>
    </fieldset>
  );
}
