import type { PptState, RoomId, UserId } from '@konsiili/shared';
import { useId, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { pptApi } from './api.ts';
import { myDeclaredCount, myWaitingCases } from './selectors.ts';
import type { RunCommand } from './use-command.ts';

const MAX_CASES = 20;

/** "How many cases do you bring?": a stepper and an optional one-line topic per case. */
export function DeclareForm({
  roomId,
  state,
  myUserId,
  run,
}: {
  roomId: RoomId;
  state: PptState;
  myUserId: UserId;
  run: RunCommand;
}) {
  const { t } = useTranslation();
  const declared = myDeclaredCount(state, myUserId);
  const [count, setCount] = useState(declared ?? 0);
  const [topics, setTopics] = useState<string[]>(() => myWaitingCases(state, myUserId).map((i) => i.title));
  const [isSending, setIsSending] = useState(false);
  const countId = useId();

  function setClamped(value: number) {
    setCount(Math.max(0, Math.min(MAX_CASES, Number.isFinite(value) ? Math.round(value) : 0)));
  }

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSending(true);
    await run(() =>
      pptApi.declare(
        roomId,
        count,
        Array.from({ length: count }, (_, i) => (topics[i] ?? '').trim()),
      ),
    );
    setIsSending(false);
  }

  return (
    <form className="form declare" onSubmit={(e) => void submit(e)}>
      <div className="field">
        <label className="field__label" htmlFor={countId}>
          {t('ppt.declare.question')}
        </label>
        <div className="stepper">
          <Button
            aria-label={t('ppt.declare.fewer')}
            disabled={count <= 0}
            onClick={() => {
              setClamped(count - 1);
            }}
          >
            <span aria-hidden="true">−</span>
          </Button>
          <input
            id={countId}
            className="field__input stepper__input"
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_CASES}
            value={count}
            onChange={(e) => {
              setClamped(e.target.valueAsNumber);
            }}
          />
          <Button
            aria-label={t('ppt.declare.more')}
            disabled={count >= MAX_CASES}
            onClick={() => {
              setClamped(count + 1);
            }}
          >
            <span aria-hidden="true">+</span>
          </Button>
        </div>
      </div>
      {Array.from({ length: count }, (_, i) => (
        <TextField
          key={i}
          label={t('ppt.declare.topic', { number: i + 1 })}
          hint={i === 0 ? t('ppt.declare.topicHint') : undefined}
          maxLength={120}
          value={topics[i] ?? ''}
          onChange={(e) => {
            const next = [...topics];
            next[i] = e.target.value;
            setTopics(next);
          }}
        />
      ))}
      <div className="form__actions">
        <Button type="submit" variant="primary" disabled={isSending}>
          {declared === undefined ? t('ppt.declare.submit') : t('ppt.declare.update')}
        </Button>
        <p className="declare__status" role="status">
          {declared === undefined ? '' : t('ppt.declare.declared', { count: declared })}
        </p>
      </div>
    </form>
  );
}
