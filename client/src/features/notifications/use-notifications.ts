import type { NotificationNew } from '@konsiili/shared';
import { useCallback, useEffect, useState } from 'react';
import { socket } from '../../lib/socket.ts';
import { fetchNotifications, markRead } from './api.ts';
import { EMPTY, markedRead, withNotification, type NotificationsState } from './state.ts';

/**
 * My notifications: loaded once, then kept live with `notification:new`, and reloaded after every
 * reconnect because events sent while offline are not replayed. `onNew` fires for live ones only.
 */
export function useNotifications(onNew: (event: NotificationNew) => void) {
  const [state, setState] = useState<NotificationsState>(EMPTY);
  const [hasFailed, setHasFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    function load() {
      fetchNotifications(controller.signal).then(
        (list) => {
          setState({ notifications: list.notifications, unreadCount: list.unreadCount });
          setHasFailed(false);
        },
        () => {
          if (!controller.signal.aborted) setHasFailed(true);
        },
      );
    }
    function onNotification(event: NotificationNew) {
      setState((current) => withNotification(current, event.notification, event.unreadCount));
      onNew(event);
    }
    load();
    socket.on('connect', load);
    socket.on('notification:new', onNotification);
    return () => {
      controller.abort();
      socket.off('connect', load);
      socket.off('notification:new', onNotification);
    };
  }, [onNew]);

  const markAllRead = useCallback(async () => {
    const unreadCount = await markRead({ all: true });
    setState((current) => markedRead(current, 'all', unreadCount));
  }, []);

  const markOneRead = useCallback(async (id: string) => {
    const unreadCount = await markRead({ ids: [id] });
    setState((current) => markedRead(current, [id], unreadCount));
  }, []);

  return { state, hasFailed, markAllRead, markOneRead };
}
