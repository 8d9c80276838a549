import type { ItemId, Outcome, PptState, PresentMember, RoomId, UserId } from '@konsiili/shared';
import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/time.ts';
import { Button } from '../../ui/Button.tsx';
import { TextField } from '../../ui/TextField.tsx';
import { pptApi } from './api.ts';
import { ChairControls } from './ChairControls.tsx';
import { DeclareForm } from './DeclareForm.tsx';
import { usePptLabels } from './labels.ts';
import { PlanLine } from './PlanLine.tsx';
import { agenda, itemTimer, movedOrder, wholeMinutes } from './selectors.ts';
import type { RunCommand } from './use-command.ts';

interface QueuePanelProps {
  roomId: RoomId;
  state: PptState;
  members: readonly PresentMember[];
  myUserId: UserId;
  isChair: boolean;
  now: number;
  run: RunCommand;
  outcome: () => Outcome | undefined;
  onFinished: () => void;
}

/** The agenda: plan line, chair controls, the ordered items (keyboard reorder), and ways to add to it. */
export function QueuePanel(props: QueuePanelProps) {
  const { t } = useTranslation();
  const { state, roomId, run, isChair } = props;
  const { language, serviceName, personName, itemTitle } = usePptLabels(props.members);
  const rows = agenda(state);
  const waitingCount = rows.filter((r) => r.waitingIndex >= 0).length;
  // After a move the list re-renders in the server's order; focus follows the moved item's button.
  const pendingFocus = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!pendingFocus.current) return;
    const button = document.getElementById(pendingFocus.current);
    if (button && !button.hasAttribute('disabled')) {
      button.focus();
      pendingFocus.current = undefined;
    }
  });

  function move(itemId: ItemId, delta: -1 | 1) {
    const order = movedOrder(state, itemId, delta);
    if (!order) return;
    pendingFocus.current = `move-${delta === -1 ? 'up' : 'down'}-${itemId}`;
    void run(() => pptApi.reorder(roomId, order));
  }

  return (
    <div className="queue-panel">
      <h2 className="visually-hidden">{t('stage.tabs.queue')}</h2>
      <PlanLine state={state} now={props.now} />
      {isChair ? (
        <ChairControls
          roomId={roomId}
          state={state}
          run={run}
          outcome={props.outcome}
          onFinished={props.onFinished}
        />
      ) : null}
      <h3 id="agenda-title">{t('ppt.queue.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('ppt.queue.empty')}</p>
      ) : (
        <ol className="plain-list agenda" aria-labelledby="agenda-title">
          {rows.map(({ item, isCurrent, waitingIndex }, index) => {
            const timer = itemTimer(item, props.now);
            const title = itemTitle(item);
            const canWithdrawOwn =
              !isChair && item.presenterId === props.myUserId && item.status === 'queued';
            return (
              <li
                key={item.id}
                className={`agenda__item agenda__item--${item.status}${isCurrent ? ' agenda__item--current' : ''}`}
                aria-current={isCurrent ? 'step' : undefined}
              >
                <span className="agenda__number" aria-hidden="true">
                  {index + 1}.
                </span>
                <div className="agenda__body">
                  <p className="agenda__title">
                    {title}
                    {item.kind === 'phenomenon' ? (
                      <span className="tag">{t('ppt.kind.phenomenon')}</span>
                    ) : null}
                  </p>
                  <p className="agenda__meta">
                    <span className="agenda__status">{t(`ppt.status.${item.status}`)}</span>
                    {' · '}
                    {serviceName(item.presenterServiceId)} · {personName(item.presenterId)}
                    {timer ? ` · ${t('ppt.queue.budget', { minutes: wholeMinutes(timer.budgetMs) })}` : ''}
                    {item.carriedFrom
                      ? ` · ${t('ppt.carriedFrom', { date: formatDate(`${item.carriedFrom}T12:00:00Z`, language) })}`
                      : ''}
                  </p>
                  {isChair && item.status === 'queued' ? (
                    <div className="agenda__actions">
                      <Button
                        aria-label={`${t('ppt.queue.moveUp')}: ${title}`}
                        id={`move-up-${item.id}`}
                        variant="quiet"
                        disabled={waitingIndex === 0}
                        onClick={() => {
                          move(item.id, -1);
                        }}
                      >
                        <span aria-hidden="true">↑ </span>
                        {t('ppt.queue.moveUp')}
                      </Button>
                      <Button
                        aria-label={`${t('ppt.queue.moveDown')}: ${title}`}
                        id={`move-down-${item.id}`}
                        variant="quiet"
                        disabled={waitingIndex === waitingCount - 1}
                        onClick={() => {
                          move(item.id, 1);
                        }}
                      >
                        <span aria-hidden="true">↓ </span>
                        {t('ppt.queue.moveDown')}
                      </Button>
                      <Button
                        aria-label={`${t('ppt.queue.startThis')}: ${title}`}
                        variant="quiet"
                        disabled={state.currentItemId !== undefined}
                        onClick={() => void run(() => pptApi.start(roomId, item.id))}
                      >
                        {t('ppt.queue.startThis')}
                      </Button>
                      <Button
                        aria-label={`${t('ppt.queue.defer')}: ${title}`}
                        variant="quiet"
                        onClick={() => void run(() => pptApi.defer(roomId, item.id))}
                      >
                        {t('ppt.queue.defer')}
                      </Button>
                      <Button
                        aria-label={`${t('ppt.queue.withdraw')}: ${title}`}
                        variant="quiet"
                        onClick={() => void run(() => pptApi.withdraw(roomId, item.id))}
                      >
                        {t('ppt.queue.withdraw')}
                      </Button>
                    </div>
                  ) : null}
                  {canWithdrawOwn ? (
                    <div className="agenda__actions">
                      <Button
                        aria-label={`${t('ppt.queue.withdrawMine')}: ${title}`}
                        variant="quiet"
                        onClick={() => void run(() => pptApi.withdraw(roomId, item.id))}
                      >
                        {t('ppt.queue.withdrawMine')}
                      </Button>
                    </div>
                  ) : null}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <AddPhenomenon roomId={roomId} run={run} />
      {state.phase !== 'opening' ? (
        <details className="queue-panel__declare">
          <summary>{t('ppt.queue.declareMore')}</summary>
          <DeclareForm roomId={roomId} state={state} myUserId={props.myUserId} run={run} />
        </details>
      ) : null}
    </div>
  );
}

function AddPhenomenon({ roomId, run }: { roomId: RoomId; run: RunCommand }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | undefined>();

  async function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (title.trim() === '') {
      setError(t('ppt.phenomenon.missing'));
      return;
    }
    setError(undefined);
    if (await run(() => pptApi.addPhenomenon(roomId, title.trim()))) setTitle('');
  }

  return (
    <form className="form add-phenomenon" noValidate onSubmit={(e) => void submit(e)}>
      <TextField
        label={t('ppt.phenomenon.label')}
        hint={t('ppt.phenomenon.hint')}
        maxLength={160}
        value={title}
        error={error}
        onChange={(e) => {
          setTitle(e.target.value);
        }}
      />
      <Button type="submit">{t('ppt.phenomenon.add')}</Button>
    </form>
  );
}
