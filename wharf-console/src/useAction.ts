import { useCallback, useState } from 'react';

/** Runs a request for the page and keeps its refusal to show, cleared when the next one starts. */
export function useAction(): [unknown, (work: () => Promise<unknown>) => Promise<boolean>] {
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setError(null);
    try {
      await work();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }, []);
  return [error, run];
}
