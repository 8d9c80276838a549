type Listener = () => void;
const listeners = new Set<Listener>();

/** Fires whenever the server says the session is gone (REST 401 or a refused socket). */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyUnauthenticated(): void {
  for (const listener of listeners) listener();
}
