import { describe, expect, it } from 'vitest';
import { redirectFromState, safeRedirect } from './redirect.ts';

describe('safeRedirect', () => {
  it('keeps same-origin paths with query and hash', () => {
    expect(safeRedirect('/rooms/abc?x=1#y')).toBe('/rooms/abc?x=1#y');
  });
  it.each(['//evil.example/x', '/\\evil.example', 'https://evil.example', 'rooms/abc', '', 42, undefined])(
    'refuses %s',
    (from) => {
      expect(safeRedirect(from)).toBe('/');
    },
  );
  it('does not loop back to the login page', () => {
    expect(safeRedirect('/login')).toBe('/');
  });
});

describe('redirectFromState', () => {
  it('reads { from } from router state', () => {
    expect(redirectFromState({ from: '/admin/audit' })).toBe('/admin/audit');
    expect(redirectFromState(null)).toBe('/');
    expect(redirectFromState('oops')).toBe('/');
  });
});
