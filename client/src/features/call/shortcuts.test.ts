import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts.ts';

const key = (
  k: string,
  mods: Partial<Record<'ctrlKey' | 'shiftKey' | 'altKey' | 'metaKey', boolean>> = {},
) => ({
  key: k,
  ctrlKey: false,
  shiftKey: false,
  altKey: false,
  metaKey: false,
  target: null,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps Ctrl+Shift+M/O/E and "?"', () => {
    expect(shortcutFor(key('M', { ctrlKey: true, shiftKey: true }))).toBe('mic');
    expect(shortcutFor(key('o', { ctrlKey: true, shiftKey: true }))).toBe('camera');
    expect(shortcutFor(key('E', { ctrlKey: true, shiftKey: true }))).toBe('screen');
    expect(shortcutFor(key('?', { shiftKey: true }))).toBe('help');
  });

  it('ignores plain letters and other modifiers', () => {
    expect(shortcutFor(key('m'))).toBeUndefined();
    expect(shortcutFor(key('M', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(key('M', { ctrlKey: true, shiftKey: true, altKey: true }))).toBeUndefined();
  });
});
