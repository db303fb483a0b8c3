import { useEffect, useRef } from 'react';
import { ApiError, follow } from './api';

/** Whether a broken stream is worth reconnecting: not when the server refused it for good (a 4xx but 429). */
export function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const { status } = error.problem;
  return status === 429 || status < 400 || status >= 500;
}

/**
 * Follows a streamed answer (NDJSON events, log lines) for as long as the page shows, each line to
 * {@code onLine}. When it ends or breaks (the network, a server restart) it is opened again after 2 s at
 * {@code path(true)}, {@code onReconnect} called first; a refusal ends it, shown through {@code onError}.
 * It restarts only when {@code key} changes.
 */
export function useFollow(key: string, path: (again: boolean) => string, onLine: (line: string) => void,
  onReconnect: () => void, onError: (e: unknown) => void): void {
  const handlers = useRef({ path, onLine, onReconnect, onError });
  handlers.current = { path, onLine, onReconnect, onError };
  useEffect(() => {
    const stop = new AbortController();
    let retry: ReturnType<typeof setTimeout> | undefined;
    const again = () => {
      if (stop.signal.aborted) return;
      retry = setTimeout(() => { handlers.current.onReconnect(); open(true); }, 2000);
    };
    const open = (reconnecting: boolean) => {
      follow(handlers.current.path(reconnecting), (line) => handlers.current.onLine(line), stop.signal).then(again, (e) => {
        if (stop.signal.aborted) return;
        handlers.current.onError(e);
        if (retryable(e)) again();
      });
    };
    open(false);
    return () => { stop.abort(); clearTimeout(retry); };
  }, [key]);
}
