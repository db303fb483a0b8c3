import { Suspense, lazy, useCallback, useEffect, useState } from 'react';
import { AppView, EventView, InstanceView, ReleaseView, call, paths } from '../api';
import { useEvents } from '../useEvents';
import { ProblemView } from '../ProblemView';
import { Actions } from './Actions';
import { Builds } from './Builds';
import { Rollout } from './Rollout';
import { Charts } from './Charts';
import { Configs } from './Configs';
import { Diagnosis } from './Diagnosis';
import { Instances } from './Instances';
import { Logs } from './Logs';
import { Phase } from './Phase';

// xterm.js is loaded only when a terminal is opened, so the page itself stays small.
const Terminal = lazy(() => import('./Terminal').then((m) => ({ default: m.Terminal })));

/** Events newest first, each once, at most 200. */
export function merged(known: EventView[], more: EventView[]): EventView[] {
  const byId = new Map(known.map((e) => [e.id, e]));
  more.forEach((e) => byId.set(e.id, e));
  return [...byId.values()].sort((a, b) => b.id - a.id).slice(0, 200);
}

/**
 * One app: its status, instances, releases, live logs and events. The app's event stream is the page's
 * one live feed: each event reloads what it may have changed.
 */
export function AppPage({ system, app }: { system: string; app: string }) {
  const base = paths.app(system, app);
  const [view, setView] = useState<AppView | null>(null);
  const [instances, setInstances] = useState<InstanceView[]>([]);
  const [releases, setReleases] = useState<ReleaseView[]>([]);
  const [events, setEvents] = useState<EventView[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [terminal, setTerminal] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const [a, i, r] = await Promise.all([call<AppView>('GET', base), call<InstanceView[]>('GET', `${base}/instances`),
        call<ReleaseView[]>('GET', `${base}/releases`)]);
      setView(a);
      setInstances(i);
      setReleases(r);
    } catch (e) {
      setError(e);
    }
  }, [base]);
  useEffect(() => {
    load();
    call<EventView[]>('GET', `${base}/events?limit=50`).then((newest) => setEvents((known) => merged(known, newest)), setError);
  }, [base, load]);
  useEvents(`${base}/events?follow=true`, (event) => setEvents((known) => merged(known, [event])), load, setError);
  if (!view) return <><h1>{system} / {app}</h1><ProblemView error={error} /></>;
  return (
    <>
      <h1>{system} / {app}</h1>
      <ProblemView error={error} />
      <section aria-labelledby="status">
        <h2 id="status">Status</h2>
        <p><Phase phase={view.status?.phase} /> <span data-testid="ready">{view.status?.readyReplicas ?? 0}/{view.replicas}</span> ready
          · revision {view.revision} · <code>{view.image}</code></p>
        <p className="message">{view.status?.message}</p>
        {view.domains && view.domains.length > 0 && <p>Domains: {view.domains.map((d) => <code key={d}>{d} </code>)}</p>}
      </section>
      <Diagnosis base={base} phase={view.status?.phase} />
      <Rollout base={base} revision={view.revision} events={events.length} />
      <Actions base={base} view={view} releases={releases} onDone={load} />
      <Instances instances={instances} onTerminal={setTerminal} />
      {terminal && (
        <Suspense fallback={<p>Opening a terminal in {terminal}…</p>}>
          <Terminal base={base} instance={terminal} onClose={() => setTerminal(null)} />
        </Suspense>
      )}
      <Charts base={base} />
      <Builds base={base} revision={view.revision} onDone={load} />
      <Configs base={base} revision={view.revision} />
      <Logs base={base} />
      <section aria-labelledby="events">
        <h2 id="events">Events</h2>
        <ol className="events">
          {events.map((e) => (
            <li key={e.id} className={e.type === 'Warning' ? 'warning' : undefined}>
              <time>{e.time}</time> <strong>{e.reason}</strong> {e.message}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
