import type { Outcome, PptState, RoomId } from '@konsiili/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button.tsx';
import { pptApi } from './api.ts';
import { currentItem, speakerList, waitingItems } from './selectors.ts';
import type { RunCommand } from './use-command.ts';

/** The chair's actions, grouped and labelled as such; shown only to whoever runs the queue. */
export function ChairControls({
  roomId,
  state,
  run,
  outcome,
  onFinished,
}: {
  roomId: RoomId;
  state: PptState;
  run: RunCommand;
  outcome: () => Outcome | undefined;
  onFinished: () => void;
}) {
  const { t } = useTranslation();
  const [isConfirmingEnd, setIsConfirmingEnd] = useState(false);
  const running = currentItem(state);
  const firstSpeaker = speakerList(state)[0];
  const hasWaiting = waitingItems(state).length > 0;

  return (
    <section className="chair-controls" role="group" aria-labelledby="chair-controls-title">
      <h3 id="chair-controls-title">{t('ppt.chair.title')}</h3>
      <div className="chair-controls__row">
        <Button
          variant="primary"
          disabled={running !== undefined || !hasWaiting}
          onClick={() => void run(() => pptApi.start(roomId))}
        >
          {t('ppt.chair.startNext')}
        </Button>
        <Button disabled={!running} onClick={() => void run(() => pptApi.extend(roomId, 2))}>
          {t('ppt.chair.extend')}
        </Button>
        <Button
          disabled={!running}
          onClick={() =>
            void run(() => pptApi.finish(roomId, outcome())).then((ok) => {
              if (ok) onFinished();
            })
          }
        >
          {t('ppt.chair.finish')}
        </Button>
        <Button
          disabled={!running}
          onClick={() => void (running && run(() => pptApi.defer(roomId, running.id)))}
        >
          {t('ppt.chair.defer')}
        </Button>
        <Button
          disabled={!running}
          onClick={() => void (running && run(() => pptApi.withdraw(roomId, running.id)))}
        >
          {t('ppt.chair.withdraw')}
        </Button>
      </div>
      <div className="chair-controls__row">
        <Button
          disabled={!firstSpeaker}
          aria-describedby="chair-floor-hint"
          onClick={() => void (firstSpeaker && run(() => pptApi.giveFloor(roomId, firstSpeaker.userId)))}
        >
          {t('ppt.chair.giveFloor')}
        </Button>
        <Button disabled={state.hands.length === 0} onClick={() => void run(() => pptApi.clearHands(roomId))}>
          {t('ppt.chair.clearHands')}
        </Button>
      </div>
      <p id="chair-floor-hint" className="field__hint">
        {t('ppt.chair.giveFloorHint')}
      </p>
      <div className="chair-controls__row chair-controls__end">
        {isConfirmingEnd ? (
          <>
            <span>{t('ppt.chair.endConfirm')}</span>
            <Button variant="primary" onClick={() => void run(() => pptApi.end(roomId))}>
              {t('ppt.chair.endYes')}
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setIsConfirmingEnd(false);
              }}
            >
              {t('ppt.chair.endNo')}
            </Button>
          </>
        ) : (
          <Button
            onClick={() => {
              setIsConfirmingEnd(true);
            }}
          >
            {t('ppt.chair.end')}
          </Button>
        )}
      </div>
    </section>
  );
}
