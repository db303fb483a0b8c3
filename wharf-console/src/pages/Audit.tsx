import { FormEvent, useCallback, useEffect, useState } from 'react';
import { call } from '../api';
import { ProblemView } from '../ProblemView';

interface Entry {
  id: number; time: string; actor: string; source: string; method: string; path: string;
  operation: string | null; system: string | null; status: number; summary: string | null;
}

/** The audit trail for the platform admin, newest first, by actor and system. */
export function Audit() {
  const [entries, setEntries] = useState<Entry[]>([]);
  const [actor, setActor] = useState('');
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async (who: string) => {
    setError(null);
    try {
      const query = new URLSearchParams({ limit: '100', ...(who ? { actor: who } : {}) });
      setEntries((await call<{ entries: Entry[] }>('GET', `/api/v1/audit?${query}`)).entries);
    } catch (e) {
      setError(e);
    }
  }, []);
  useEffect(() => { load(''); }, [load]);
  const filter = (e: FormEvent) => { e.preventDefault(); load(actor.trim()); };
  return (
    <>
      <h1>Audit trail</h1>
      <form onSubmit={filter} className="inline" aria-label="filter the audit trail">
        <label htmlFor="audit-actor">Actor</label>
        <input id="audit-actor" value={actor} onChange={(e) => setActor(e.target.value)} placeholder="alice" />
        <button type="submit">Show</button>
      </form>
      <ProblemView error={error} />
      <table>
        <thead><tr><th>Time</th><th>Actor</th><th>Call</th><th>System</th><th>Status</th><th>Fields</th></tr></thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} data-testid="audit-entry">
              <td>{e.time}</td><td>{e.actor}</td><td><code>{e.method} {e.path}</code></td>
              <td>{e.system ?? '-'}</td><td>{e.status}</td><td>{e.summary ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
