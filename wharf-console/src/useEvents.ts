import { useEffect, useRef } from 'react';
import { EventView, follow } from './api';

/**
 * Follows an event stream ({@code path}, an NDJSON follow URL) for as long as the page shows: each event
 * goes to {@code onEvent}, and a burst of them (a hundred instances starting) makes one call of
 * {@code onChange}, 50 ms after its first event. When the stream ends or breaks (a server restart), it
 * reconnects after 2 s from the last event seen, and calls {@code onChange} once, since events may have
 * been missed while it was away.
 */
export function useEvents(path: string, onEvent: (event: EventView) => void, onChange: () => void,
  onError: (e: unknown) => void): void {
  const handlers = useRef({ onEvent, onChange, onError });
  handlers.current = { onEvent, onChange, onError };
  useEffect(() => {
    const stop = new AbortController();
    let burst: ReturnType<typeof setTimeout> | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let cursor: number | undefined;
    const changed = () => { burst ??= setTimeout(() => { burst = undefined; handlers.current.onChange(); }, 50); };
    const connect = () => {
      const from = cursor === undefined ? '' : `&after=${cursor}`;
      follow(`${path}${from}`, (line) => {
        const event = JSON.parse(line) as EventView;
        cursor = event.id;
        handlers.current.onEvent(event);
        changed();
      }, stop.signal).then(reconnect, (e) => { if (!stop.signal.aborted) { handlers.current.onError(e); reconnect(); } });
    };
    const reconnect = () => {
      if (stop.signal.aborted) return;
      retry = setTimeout(() => { changed(); connect(); }, 2000);
    };
    connect();
    return () => { stop.abort(); clearTimeout(burst); clearTimeout(retry); };
  }, [path]);
}
