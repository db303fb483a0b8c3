import { FormEvent, useCallback, useEffect, useState } from 'react';
import { AppView, call, paths } from '../api';
import { useEvents } from '../useEvents';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';
import { Phase } from './Phase';

interface SystemView {
  name: string;
}

/**
 * Every system the caller may see, with its apps' health and where they run; create a system or an app
 * from here. The events of every system (one stream) tell it when to reload; every 15 s it looks again for
 * what records no event (a deleted app or system).
 */
export function Systems() {
  const [systems, setSystems] = useState<SystemView[]>([]);
  const [apps, setApps] = useState<Record<string, AppView[]>>({});
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const found = await call<SystemView[]>('GET', paths.systems);
      const lists = await Promise.all(found.map((s) => call<AppView[]>('GET', paths.apps(s.name))));
      setSystems(found);
      setApps(Object.fromEntries(found.map((s, i) => [s.name, lists[i]])));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => {
    load();
    // deleting an app or a system, or a role given elsewhere, records no event: a slow look catches those
    const timer = setInterval(load, 15_000);
    return () => clearInterval(timer);
  }, [load]);
  useEvents('/api/v1/events?follow=true', () => {}, load, setError);
  return (
    <>
      <h1>Systems</h1>
      <ProblemView error={error} />
      <NewSystem onCreated={load} />
      {systems.map((s) => (
        <section key={s.name} aria-labelledby={`system-${s.name}`}>
          <h2 id={`system-${s.name}`}>{s.name}</h2>
          <AppTable system={s.name} apps={apps[s.name] ?? []} />
          <NewApp system={s.name} onCreated={load} />
        </section>
      ))}
    </>
  );
}

export function AppTable({ system, apps }: { system: string; apps: AppView[] }) {
  if (apps.length === 0) return <p>No apps yet.</p>;
  return (
    <table>
      <thead><tr><th>App</th><th>Type</th><th>Phase</th><th>Ready</th><th>Where</th><th>Image</th></tr></thead>
      <tbody>
        {apps.map((a) => (
          <tr key={a.name}>
            <td><a href={`#/systems/${system}/apps/${a.name}`}>{a.name}</a></td>
            <td>{a.type}</td>
            <td><Phase phase={a.status?.phase} /></td>
            <td>{a.status?.readyReplicas ?? 0}/{a.replicas}</td>
            <td>{where(a)}</td>
            <td><code>{a.image}</code></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where an app's instances are wanted: counts per cluster, a cluster selector, or this machine. */
export function where(app: AppView): string {
  const placement = app.placement;
  if (placement?.clusters) return Object.entries(placement.clusters).map(([c, n]) => `${c}: ${n}`).join(', ');
  if (placement?.selector) {
    return `${Object.entries(placement.selector).map(([k, v]) => `${k}=${v}`).join(', ')} (${placement.spread ?? 'even'})`;
  }
  return 'local';
}

function NewSystem({ onCreated }: { onCreated: () => void }) {
  const [name, setName] = useState('');
  const [error, run] = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      await call('POST', paths.systems, { name });
      setName('');
      onCreated();
    });
  };
  return (
    <form onSubmit={submit} aria-label="create a system" className="inline">
      <label htmlFor="new-system">New system</label>
      <input id="new-system" value={name} onChange={(e) => setName(e.target.value)} placeholder="shop" />
      <button type="submit">Create system</button>
      <ProblemView error={error} />
    </form>
  );
}

function NewApp({ system, onCreated }: { system: string; onCreated: () => void }) {
  const [name, setName] = useState('');
  const [image, setImage] = useState('');
  const [port, setPort] = useState('8080');
  const [error, run] = useAction();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run(async () => {
      await call('POST', paths.apps(system), {
        name, image, replicas: 1, port: port ? Number(port) : undefined,
        healthCheck: port ? { type: 'http', path: '/healthz', periodSeconds: 1 } : undefined,
      });
      setName('');
      onCreated();
    });
  };
  return (
    <form onSubmit={submit} aria-label={`create an app in ${system}`} className="inline">
      <label htmlFor={`app-name-${system}`}>New app</label>
      <input id={`app-name-${system}`} value={name} onChange={(e) => setName(e.target.value)} placeholder="web" />
      <label htmlFor={`app-image-${system}`}>Image</label>
      <input id={`app-image-${system}`} value={image} onChange={(e) => setImage(e.target.value)}
        placeholder="localhost/wharf/hello:1" />
      <label htmlFor={`app-port-${system}`}>Port</label>
      <input id={`app-port-${system}`} value={port} onChange={(e) => setPort(e.target.value)} size={5} />
      <button type="submit">Create app</button>
      <ProblemView error={error} />
    </form>
  );
}
