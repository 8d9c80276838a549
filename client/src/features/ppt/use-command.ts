import { useCallback, useState } from 'react';
import { isApiError, type ApiError } from '../../lib/api-error.ts';
import type { CommandOutcome } from '../../lib/socket.ts';

export type RunCommand = (command: () => Promise<CommandOutcome<unknown>>) => Promise<boolean>;

const PPT_CODES = ['FORBIDDEN', 'CONFLICT', 'RATE_LIMITED', 'VALIDATION', 'NOT_FOUND'] as const;
type PptCode = (typeof PPT_CODES)[number];

/** The i18n key that explains a failed command in the stage's own words. */
export function commandErrorKey(error: ApiError): `ppt.errors.${PptCode}` | `errors.${ApiError['code']}` {
  const code = error.code;
  return (PPT_CODES as readonly string[]).includes(code) ? `ppt.errors.${code as PptCode}` : `errors.${code}`;
}

/**
 * Runs stage commands and keeps the last failure for an alert. Resolves true on success, so forms clear
 * only then: nothing typed is lost when the server says no. `onConflict` lets the caller resync.
 */
export function useCommandRunner(onConflict: () => void) {
  const [error, setError] = useState<ApiError | undefined>();
  const run = useCallback<RunCommand>(
    async (command) => {
      const outcome = await command();
      if (outcome.ok) {
        setError(undefined);
        return true;
      }
      setError(outcome.error);
      if (isApiError(outcome.error) && outcome.error.code === 'CONFLICT') onConflict();
      return false;
    },
    [onConflict],
  );
  const dismiss = useCallback(() => {
    setError(undefined);
  }, []);
  return { error, run, dismiss };
}
