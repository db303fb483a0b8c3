import { useEffect, useRef } from 'react';
import { EventView } from './api';
import { useFollow } from './useFollow';

export { retryable } from './useFollow';

/** Reloads come at most this often, however fast events arrive. */
export const RELOAD_SPACING_MS = 500;

/** When the next reload may run: 50 ms after an event, and never sooner than RELOAD_SPACING_MS after the last. */
export function reloadDelay(now: number, lastReload: number): number {
  return Math.max(50, lastReload + RELOAD_SPACING_MS - now);
}

/**
 * Follows an event stream ({@code path}, an NDJSON follow URL) for as long as the page shows: each event
 * goes to {@code onEvent}, and a burst of them (a hundred instances starting) makes one call of
 * {@code onChange} (see reloadDelay). A stream that breaks is opened again from the last event seen, with
 * one call of {@code onChange}, since events may have been missed (see useFollow).
 */
export function useEvents(path: string, onEvent: (event: EventView) => void, onChange: () => void,
  onError: (e: unknown) => void): void {
  const state = useRef({ cursor: undefined as number | undefined, lastReload: 0,
    pending: undefined as ReturnType<typeof setTimeout> | undefined });
  const handlers = useRef({ onEvent, onChange });
  handlers.current = { onEvent, onChange };
  const changed = () => {
    const s = state.current;
    s.pending ??= setTimeout(() => {
      s.pending = undefined;
      s.lastReload = Date.now();
      handlers.current.onChange();
    }, reloadDelay(Date.now(), s.lastReload));
  };
  useEffect(() => {
    const s = state.current;
    s.cursor = undefined;
    return () => { clearTimeout(s.pending); s.pending = undefined; };
  }, [path]);
  useFollow(path, (again) => (again && state.current.cursor !== undefined ? `${path}&after=${state.current.cursor}` : path),
    (line) => {
      const event = JSON.parse(line) as EventView;
      state.current.cursor = event.id;
      handlers.current.onEvent(event);
      changed();
    }, changed, onError);
}
