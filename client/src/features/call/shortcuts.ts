import { useEffect } from 'react';

/** One scheme, Teams-like: Ctrl+Shift+letter; "?" lists them. */
export const SHORTCUTS = {
  mic: { key: 'M', label: 'Ctrl+Shift+M', aria: 'Control+Shift+M' },
  camera: { key: 'O', label: 'Ctrl+Shift+O', aria: 'Control+Shift+O' },
  screen: { key: 'E', label: 'Ctrl+Shift+E', aria: 'Control+Shift+E' },
} as const;
export type ShortcutAction = keyof typeof SHORTCUTS;

function isTyping(target: EventTarget | null): boolean {
  // Unit tests run without a DOM; there nothing is being typed into.
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Which action a key press asks for; "help" for "?" outside text fields. */
export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey' | 'target'>,
): ShortcutAction | 'help' | undefined {
  if (event.key === '?' && !event.ctrlKey && !event.altKey && !event.metaKey && !isTyping(event.target)) {
    return 'help';
  }
  if (!event.ctrlKey || !event.shiftKey || event.altKey || event.metaKey) return undefined;
  const key = event.key.toUpperCase();
  return (Object.keys(SHORTCUTS) as ShortcutAction[]).find((a) => SHORTCUTS[a].key === key);
}

/** Listens on the document while mounted. */
export function useShortcuts(handlers: Record<ShortcutAction | 'help', () => void>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = shortcutFor(event);
      if (!action) return;
      event.preventDefault();
      handlers[action]();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [handlers]);
}
