/**
 * Where to go after signing in. Only same-origin paths are accepted, so a crafted link cannot send the
 * user to another site ("//evil.example" is protocol-relative and refused).
 */
export function safeRedirect(from: unknown, fallback = '/'): string {
  if (typeof from !== 'string') return fallback;
  if (!from.startsWith('/') || from.startsWith('//') || from.startsWith('/\\')) return fallback;
  if (from.startsWith('/login')) return fallback;
  return from;
}

/** Reads `{ from }` out of react-router's untyped location state. */
export function redirectFromState(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) return safeRedirect(state.from);
  return '/';
}
