import { ErrorCode, OrgRole, type Me } from '@konsiili/shared';
import { createContext, use, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isApiError } from './api-error.ts';
import { fetchMe, logout } from './session-api.ts';
import { disconnectSocket } from './socket.ts';
import { onUnauthenticated } from './unauthenticated.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'error'; error: unknown }
  | { status: 'authenticated'; me: Me };

export interface Session {
  state: SessionState;
  /** Call with the Me that login or invitation acceptance returned. */
  signedIn: (me: Me) => void;
  /** Ends the server session (best effort) and forgets the user. */
  signOut: () => Promise<void>;
  retry: () => void;
}

const SessionContext = createContext<Session | null>(null);

/** Asks GET /api/me once on load; any later 401 from the API or the socket signs the user out. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    fetchMe(controller.signal).then(
      (me) => {
        setState({ status: 'authenticated', me });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          isApiError(error) && error.code === ErrorCode.UNAUTHENTICATED
            ? { status: 'anonymous' }
            : { status: 'error', error },
        );
      },
    );
    return () => {
      controller.abort();
    };
  }, [attempt]);

  useEffect(
    () =>
      onUnauthenticated(() => {
        setState((current) => (current.status === 'authenticated' ? { status: 'anonymous' } : current));
      }),
    [],
  );

  const signedIn = useCallback((me: Me) => {
    setState({ status: 'authenticated', me });
  }, []);

  const signOut = useCallback(async () => {
    disconnectSocket();
    try {
      await logout();
    } catch {
      // The cookie may already be gone; the user still expects to be signed out here.
    }
    setState({ status: 'anonymous' });
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);

  const value = useMemo(() => ({ state, signedIn, signOut, retry }), [state, signedIn, signOut, retry]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** For pages behind the sign-in guard: the signed-in user. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'authenticated') throw new Error('useMe outside an authenticated route');
  return state.me;
}

export function isAdmin(me: Me): boolean {
  return me.user.roles.includes(OrgRole.ADMIN);
}
