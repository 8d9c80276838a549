import type { PptState, RoomId, UserId } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { DeclareForm } from './DeclareForm.tsx';
import { PlanLine } from './PlanLine.tsx';
import { declarationTotals } from './selectors.ts';
import type { RunCommand } from './use-command.ts';

/** The opening round: everyone says how many cases they bring; the chair sees the totals and the plan. */
export function OpeningRound(props: {
  roomId: RoomId;
  state: PptState;
  myUserId: UserId;
  isChair: boolean;
  now: number;
  run: RunCommand;
}) {
  const { t } = useTranslation();
  const totals = declarationTotals(props.state);
  return (
    <section className="opening" aria-labelledby="opening-title">
      <h2 id="opening-title">{t('ppt.opening.title')}</h2>
      <p>{t('ppt.opening.intro')}</p>
      <DeclareForm roomId={props.roomId} state={props.state} myUserId={props.myUserId} run={props.run} />
      <div className="opening__totals">
        <p className="opening__total">
          {t('ppt.opening.cases', { count: totals.cases })},{' '}
          {t('ppt.opening.presenters', { count: totals.presenters })}
        </p>
        <p className="muted">{t('ppt.opening.answered', { count: totals.declared })}</p>
        {props.isChair ? <PlanLine state={props.state} now={props.now} /> : null}
      </div>
    </section>
  );
}
