import type { AgendaItem } from '@konsiili/shared';
import { useTranslation } from 'react-i18next';
import { formatClock, itemTimer, wholeMinutes } from './selectors.ts';

/** The item's budget as a bar: calm, amber in the last fifth, red past it, always with words. */
export function ItemTimerBar({ item, now }: { item: AgendaItem; now: number }) {
  const { t } = useTranslation();
  const timer = itemTimer(item, now);
  if (!timer) return null;
  const percent = Math.round(timer.usedFraction * 100);
  return (
    <div className={`timer timer--${timer.tone}`}>
      <div className="timer__track" aria-hidden="true">
        <div className="timer__fill" style={{ width: `${String(percent)}%` }} />
      </div>
      <p className="timer__text">
        <span className="timer__icon" aria-hidden="true">
          {timer.tone === 'red' ? '!' : timer.tone === 'amber' ? '◔' : '◷'}
        </span>
        <strong>
          {timer.isOverrun
            ? t('stage.timer.overrun', { time: formatClock(timer.remainingMs) })
            : t('stage.timer.remaining', { time: formatClock(timer.remainingMs) })}
        </strong>
        {timer.tone === 'amber' ? <span> – {t('stage.timer.almostOut')}</span> : null}
        <span className="timer__budget">
          {t('stage.timer.budget', { minutes: wholeMinutes(timer.budgetMs) })}
        </span>
      </p>
    </div>
  );
}
