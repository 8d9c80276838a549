import './notifications.css';
import type { NotificationNew } from '@konsiili/shared';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { toLanguage } from '../../lib/language.ts';
import { formatDateTime } from '../../lib/time.ts';
import { BellIcon } from '../../ui/icons.tsx';
import { Button } from '../../ui/Button.tsx';
import { LiveRegion } from '../../ui/LiveRegion.tsx';
import { useDisclosure } from '../../ui/use-disclosure.ts';
import {
  askDesktopPermission,
  desktopPermission,
  showDesktopNotification,
  type DesktopPermission,
} from './desktop-notifications.ts';
import { fetchTargetNames } from './api.ts';
import { useNotifications } from './use-notifications.ts';

/**
 * The notification centre in the top bar: a bell with the unread count (in text too), a panel with the
 * latest events linking to their consultation, live over the socket and announced politely.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const language = toLanguage(i18n.resolvedLanguage);
  const navigate = useNavigate();
  const { isOpen, close, rootRef, buttonProps, panelProps } = useDisclosure();
  const [announcement, setAnnouncement] = useState('');
  const [permission, setPermission] = useState<DesktopPermission>(desktopPermission);

  const onNew = useCallback(
    (event: NotificationNew) => {
      const text = t(`notifications.kinds.${event.notification.kind}`);
      setAnnouncement(t('notifications.announce', { text }));
      showDesktopNotification(text, () => {
        void navigate(`/consults/${event.notification.consultId}`);
      });
    },
    [t, navigate],
  );
  const { state, hasFailed, markAllRead, markOneRead } = useNotifications(onNew);
  const [targetNames, setTargetNames] = useState<Map<string, string>>(new Map());
  const newestId = state.notifications[0]?.id;

  // Names are looked up when the panel opens (and again if something new arrived meanwhile); an entry
  // without a name still reads well from its kind alone.
  useEffect(() => {
    if (!isOpen) return undefined;
    const controller = new AbortController();
    fetchTargetNames(controller.signal).then(setTargetNames, () => undefined);
    return () => {
      controller.abort();
    };
  }, [isOpen, newestId]);

  const count = state.unreadCount;
  return (
    <div className="notification-bell" ref={rootRef}>
      <button {...buttonProps} className="notification-bell__button">
        <BellIcon />
        <span className="visually-hidden">{t('notifications.button', { count })}</span>
        {count > 0 ? (
          <span className="notification-bell__badge" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
        ) : null}
      </button>
      <LiveRegion isVisuallyHidden>{announcement}</LiveRegion>
      <div {...panelProps} className="notification-bell__panel">
        <div className="notification-bell__head">
          <h2 className="notification-bell__title">{t('notifications.title')}</h2>
          {count > 0 ? (
            <Button variant="quiet" onClick={() => void markAllRead().catch(() => undefined)}>
              {t('notifications.markAllRead')}
            </Button>
          ) : null}
        </div>
        {hasFailed ? <p className="notification-bell__empty">{t('notifications.loadFailed')}</p> : null}
        {!hasFailed && state.notifications.length === 0 ? (
          <p className="notification-bell__empty">{t('notifications.empty')}</p>
        ) : null}
        {state.notifications.length > 0 ? (
          <ul className="plain-list notification-bell__list">
            {state.notifications.map((n) => (
              <li
                key={n.id}
                className={`notification-bell__item${n.isRead ? '' : ' notification-bell__item--unread'}`}
              >
                <Link
                  to={`/consults/${n.consultId}`}
                  onClick={() => {
                    close();
                    if (!n.isRead) void markOneRead(n.id).catch(() => undefined);
                  }}
                >
                  {n.isRead ? null : <span className="visually-hidden">{t('notifications.unread')} </span>}
                  {t(`notifications.kinds.${n.kind}`)}
                  {targetNames.has(n.consultId) ? `: ${targetNames.get(n.consultId) ?? ''}` : ''}
                </Link>
                <time dateTime={n.createdAt} className="notification-bell__time">
                  {formatDateTime(n.createdAt, language)}
                </time>
              </li>
            ))}
          </ul>
        ) : null}
        {permission === 'default' ? (
          <div className="notification-bell__desktop">
            <p className="field__hint">{t('notifications.desktopHint')}</p>
            <Button
              onClick={() => {
                void askDesktopPermission().then(setPermission);
              }}
            >
              {t('notifications.desktopEnable')}
            </Button>
          </div>
        ) : null}
        {permission === 'denied' ? <p className="field__hint">{t('notifications.desktopDenied')}</p> : null}
      </div>
    </div>
  );
}
