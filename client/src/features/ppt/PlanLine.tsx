import type { PptState } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { planLine, wholeMinutes } from './selectors.ts';

/** Whether the waiting items fit into what is left of the hour, in words and a shape. */
export function PlanLine({ state, now }: { state: PptState; now: number }) {
  const { t } = useTranslation();
  const plan = planLine(state, now);
  return (
    <p className={`plan-line plan-line--${plan.fits ? 'fits' : 'tight'}`}>
      <span className="plan-line__icon" aria-hidden="true">
        {plan.fits ? '✓' : '!'}
      </span>
      <span>
        <strong>{plan.fits ? t('ppt.plan.fits') : t('ppt.plan.tight')}</strong>{' '}
        {t('ppt.plan.detail', {
          count: plan.waitingCount,
          left: wholeMinutes(plan.sessionRemainingMs),
          each: wholeMinutes(plan.perItemMs),
        })}
      </span>
    </p>
  );
}
