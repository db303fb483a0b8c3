import { useEffect, useRef } from 'react';
import { ApiError, EventView, follow } from './api';

/** Reloads come at most this often, however fast events arrive. */
export const RELOAD_SPACING_MS = 500;

/** When the next reload may run: 50 ms after an event, and never sooner than RELOAD_SPACING_MS after the last. */
export function reloadDelay(now: number, lastReload: number): number {
  return Math.max(50, lastReload + RELOAD_SPACING_MS - now);
}

/** Whether a broken stream is worth reconnecting: not when the server refused it for good (a 4xx but 429). */
export function retryable(error: unknown): boolean {
  if (!(error instanceof ApiError)) return true;
  const { status } = error.problem;
  return status === 429 || status < 400 || status >= 500;
}

/**
 * Follows an event stream ({@code path}, an NDJSON follow URL) for as long as the page shows: each event
 * goes to {@code onEvent}, and a burst of them (a hundred instances starting) makes one call of
 * {@code onChange} (see reloadDelay). When the stream ends or breaks (a server restart), it reconnects
 * after 2 s from the last event seen and calls {@code onChange} once, since events may have been missed;
 * a refusal (401 after a logout elsewhere, 404 after a delete) ends it, shown through {@code onError}.
 */
export function useEvents(path: string, onEvent: (event: EventView) => void, onChange: () => void,
  onError: (e: unknown) => void): void {
  const handlers = useRef({ onEvent, onChange, onError });
  handlers.current = { onEvent, onChange, onError };
  useEffect(() => {
    const stop = new AbortController();
    let pending: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let cursor: number | undefined;
    let lastReload = 0;
    const changed = () => {
      pending ??= setTimeout(() => {
        pending = undefined;
        lastReload = Date.now();
        handlers.current.onChange();
      }, reloadDelay(Date.now(), lastReload));
    };
    const reconnect = () => {
      if (!stop.signal.aborted) retry = setTimeout(() => { changed(); connect(); }, 2000);
    };
    const connect = () => {
      const from = cursor === undefined ? '' : `&after=${cursor}`;
      follow(`${path}${from}`, (line) => {
        const event = JSON.parse(line) as EventView;
        cursor = event.id;
        handlers.current.onEvent(event);
        changed();
      }, stop.signal).then(reconnect, (e) => {
        if (stop.signal.aborted) return;
        handlers.current.onError(e);
        if (retryable(e)) reconnect();
      });
    };
    connect();
    return () => { stop.abort(); clearTimeout(pending); clearTimeout(retry); };
  }, [path]);
}
