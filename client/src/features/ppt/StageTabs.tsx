import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface StageTab<Id extends string> {
  id: Id;
  label: string;
  /** A count shown as a badge; `badgeLabel` says what it counts for screen readers. */
  badge?: number | undefined;
  badgeLabel?: string | undefined;
  panel: ReactNode;
}

/**
 * An accessible tablist: arrow keys, Home and End move between tabs (automatic activation). Every panel
 * stays mounted, so hidden ones keep their state (typed text, chat's unread count).
 */
export function StageTabs<Id extends string>({
  label,
  tabs,
  selected,
  onSelect,
}: {
  label: string;
  tabs: readonly StageTab<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}) {
  const refs = useRef(new Map<string, HTMLButtonElement>());

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    let next = -1;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = (index + 1) % tabs.length;
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp')
      next = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = tabs.length - 1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  }

  return (
    <div className="stage-tabs">
      <div role="tablist" aria-label={label} className="stage-tabs__list">
        {tabs.map((tab, index) => {
          const isSelected = tab.id === selected;
          return (
            <button
              key={tab.id}
              ref={(node) => {
                if (node) refs.current.set(tab.id, node);
                else refs.current.delete(tab.id);
              }}
              type="button"
              role="tab"
              id={`stage-tab-${tab.id}`}
              aria-controls={`stage-panel-${tab.id}`}
              aria-selected={isSelected}
              tabIndex={isSelected ? 0 : -1}
              className="stage-tabs__tab"
              onClick={() => {
                onSelect(tab.id);
              }}
              onKeyDown={(event) => {
                onKeyDown(event, index);
              }}
            >
              {tab.label}
              {tab.badge ? (
                <span className="badge">
                  {tab.badge}
                  {tab.badgeLabel ? <span className="visually-hidden"> {tab.badgeLabel}</span> : null}
                </span>
              ) : null}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`stage-panel-${tab.id}`}
          aria-labelledby={`stage-tab-${tab.id}`}
          className="stage-tabs__panel"
          hidden={tab.id !== selected}
          tabIndex={0}
        >
          {tab.panel}
        </div>
      ))}
    </div>
  );
}
