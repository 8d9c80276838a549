import type { PptState, RoomSnapshot } from '@konsiili/shared';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../../ui/Alert.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { CallButtons } from '../call/CallButtons.tsx';
import { CallStage } from '../call/CallStage.tsx';
import { useCall } from '../call/use-call.ts';
import { ChatPane } from '../chat/ChatPane.tsx';
import { pptApi } from './api.ts';
import { CaseCard, type OutcomeDraft } from './CaseCard.tsx';
import { HandIcon } from '../../ui/icons.tsx';
import { usePptLabels } from './labels.ts';
import { OpeningRound } from './OpeningRound.tsx';
import { PeoplePanel } from './PeoplePanel.tsx';
import { PiiReminder } from '../rooms/PiiReminder.tsx';
import { QueuePanel } from './QueuePanel.tsx';
import { canChair, currentItem, hasRaisedHand, itemTimer, speakerList } from './selectors.ts';
import { SpeakerList } from './SpeakerList.tsx';
import { StageTabs } from './StageTabs.tsx';
import { commandErrorKey, useCommandRunner } from './use-command.ts';
import { useSecondTicker } from '../../lib/clock.ts';

type TabId = 'queue' | 'people' | 'chat';
const EMPTY_OUTCOME: OutcomeDraft = { nextSteps: '', serviceIds: [] };

/** The Teams-like stage: the current case in the centre, Queue/People/Chat on the right, a bottom bar. */
export function MeetingStage({
  state,
  clockOffsetMs,
  room,
  onLeave,
  onResync,
}: {
  state: PptState;
  clockOffsetMs: number;
  room: RoomSnapshot;
  onLeave: () => void;
  onResync: () => void;
}) {
  const { t } = useTranslation();
  const now = useSecondTicker() + clockOffsetMs;
  const { error, run, dismiss } = useCommandRunner(onResync);
  const [tab, setTab] = useState<TabId>('queue');
  const [unread, setUnread] = useState(0);
  const [outcome, setOutcome] = useState<OutcomeDraft>(EMPTY_OUTCOME);
  const { me, members } = room;
  const roomId = state.roomId;
  const isChair = canChair(state, me);
  const { itemTitle } = usePptLabels(members);

  const running = currentItem(state);
  const call = useCall(roomId, me.userId, running?.presenterId);
  const timer = running ? itemTimer(running, now) : undefined;
  const handled = state.items.filter((i) => i.status !== 'queued');
  const position = {
    index: running ? state.items.indexOf(running) + 1 : handled.length,
    total: state.items.filter((i) => i.status !== 'withdrawn').length,
  };
  const isHandUp = hasRaisedHand(state, me.userId);
  const handPosition = speakerList(state).find((s) => s.userId === me.userId)?.position ?? 0;
  const onUnreadChange = useCallback((count: number) => {
    setUnread(count);
  }, []);

  const outcomeToSend = () => {
    const nextSteps = outcome.nextSteps.trim();
    return nextSteps === '' && outcome.serviceIds.length === 0
      ? undefined
      : { nextSteps, serviceIds: outcome.serviceIds };
  };

  return (
    <div className={`stage${isChair ? ' stage--chair' : ''}`}>
      <PiiReminder />
      {error ? (
        <Alert
          action={
            <Button variant="quiet" onClick={dismiss}>
              {t('stage.dismiss')}
            </Button>
          }
        >
          {t(commandErrorKey(error))}
        </Alert>
      ) : null}

      {/* Polite announcements, derived from the state, so each says its news once when it appears. */}
      <LiveRegion isVisuallyHidden>
        {running && running.presenterId === me.userId
          ? t('stage.announce.yourTurn', { title: itemTitle(running) })
          : ''}
      </LiveRegion>
      <LiveRegion isVisuallyHidden>
        {state.floorUserId === me.userId ? t('stage.announce.floor') : ''}
      </LiveRegion>
      <LiveRegion isVisuallyHidden>
        {running && timer?.isOverrun ? t('stage.announce.overrun', { title: itemTitle(running) }) : ''}
      </LiveRegion>

      <div className="stage__grid">
        <div className="stage__centre">
          <CallStage call={call} members={members} isModerator={isChair} presenterId={running?.presenterId} />
          {state.phase === 'opening' ? (
            <OpeningRound
              roomId={roomId}
              state={state}
              myUserId={me.userId}
              isChair={isChair}
              now={now}
              run={run}
            />
          ) : (
            <CaseCard
              roomId={roomId}
              item={running}
              position={position}
              members={members}
              now={now}
              canEdit={running !== undefined && (isChair || running.presenterId === me.userId)}
              isChair={isChair}
              outcome={outcome}
              onOutcomeChange={setOutcome}
              run={run}
            />
          )}
          <SpeakerList
            roomId={roomId}
            state={state}
            members={members}
            myUserId={me.userId}
            isChair={isChair}
            run={run}
          />
        </div>
        <aside className="stage__side" aria-label={t('stage.sidePanel')}>
          <StageTabs<TabId>
            label={t('stage.sidePanel')}
            selected={tab}
            onSelect={setTab}
            tabs={[
              {
                id: 'queue',
                label: t('stage.tabs.queue'),
                panel: (
                  <QueuePanel
                    roomId={roomId}
                    state={state}
                    members={members}
                    myUserId={me.userId}
                    isChair={isChair}
                    now={now}
                    run={run}
                    outcome={outcomeToSend}
                    onFinished={() => {
                      setOutcome(EMPTY_OUTCOME);
                    }}
                  />
                ),
              },
              {
                id: 'people',
                label: t('stage.tabs.people'),
                panel: (
                  <PeoplePanel
                    roomId={roomId}
                    state={state}
                    members={members}
                    myUserId={me.userId}
                    isModerator={isChair}
                  />
                ),
              },
              {
                id: 'chat',
                label: t('stage.tabs.chat'),
                badge: tab === 'chat' ? 0 : unread,
                badgeLabel: t('stage.unread', { count: unread }),
                panel: (
                  <ChatPane
                    roomId={roomId}
                    me={me}
                    members={members}
                    isModerator={isChair}
                    isVisible={tab === 'chat'}
                    onUnreadChange={onUnreadChange}
                  />
                ),
              },
            ]}
          />
        </aside>
      </div>

      <div className="stage__bar" role="group" aria-label={t('stage.bar')}>
        <CallButtons call={call} />
        <Button
          variant={isHandUp ? 'primary' : 'secondary'}
          aria-pressed={isHandUp}
          onClick={() => void run(() => (isHandUp ? pptApi.lowerHand(roomId) : pptApi.raiseHand(roomId)))}
        >
          <HandIcon />
          {t('stage.raiseHand')}
        </Button>
        <span className="stage__hand-status">
          {isHandUp ? t('stage.handIsUp', { position: handPosition }) : ''}
        </span>
        <Button
          onClick={() => {
            setTab('chat');
            document.getElementById('stage-tab-chat')?.focus();
          }}
        >
          {t('stage.openChat')}
          {unread > 0 && tab !== 'chat' ? <span className="badge">{unread}</span> : null}
        </Button>
        <span className="stage__bar-spacer" />
        <Button onClick={onLeave}>{t('room.leave')}</Button>
      </div>
    </div>
  );
}
