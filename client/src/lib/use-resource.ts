import { useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

interface Loaded<T> {
  key: string;
  result: Resource<T>;
}

/**
 * Loads data for `key` and reloads when the key changes or `reload` is called. `load` is read when the
 * key changes, so it may be an inline function.
 */
export function useResource<T>(
  key: string,
  load: (signal: AbortSignal) => Promise<T>,
): { resource: Resource<T>; reload: () => void; update: (data: T) => void } {
  const [loaded, setLoaded] = useState<Loaded<T> | undefined>();
  const [generation, setGeneration] = useState(0);
  const stamp = `${key}#${String(generation)}`;

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        setLoaded({ key: stamp, result: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ key: stamp, result: { status: 'error', error } });
      },
    );
    return () => {
      controller.abort();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `load` is keyed by `stamp` on purpose
  }, [stamp]);

  const reload = useCallback(() => {
    setGeneration((n) => n + 1);
  }, []);
  const update = useCallback(
    (data: T) => {
      setLoaded({ key: stamp, result: { status: 'ready', data } });
    },
    [stamp],
  );

  // A result for an older key is stale: show loading rather than the previous page's data.
  const resource: Resource<T> = loaded?.key === stamp ? loaded.result : { status: 'loading' };
  return { resource, reload, update };
}
