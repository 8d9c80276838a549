/** What the browser lets us do with desktop notifications. */
export type DesktopPermission = 'unsupported' | 'default' | 'granted' | 'denied';

export function desktopPermission(): DesktopPermission {
  return typeof window !== 'undefined' && 'Notification' in window
    ? window.Notification.permission
    : 'unsupported';
}

/** Asks once; browsers only allow this from a click, so call it from one. */
export async function askDesktopPermission(): Promise<DesktopPermission> {
  if (desktopPermission() === 'unsupported') return 'unsupported';
  return window.Notification.requestPermission();
}

/**
 * Shows a desktop notification while the tab is in the background. The text names only the kind of
 * event: no client data ever reaches the operating system's notification centre.
 */
export function showDesktopNotification(title: string, onClick: () => void): void {
  if (desktopPermission() !== 'granted' || document.visibilityState === 'visible') return;
  const notification = new window.Notification(title, { tag: 'konsiili-consult' });
  notification.onclick = () => {
    window.focus();
    onClick();
    notification.close();
  };
}
