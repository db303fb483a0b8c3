import { useEffect, useState } from 'react';
import { follow } from '../api';
import { ProblemView } from '../ProblemView';

const KEPT = 1000;

/** The app's log lines as they are written (each prefixed with its instance), with a filter. */
export function Logs({ path }: { path: string }) {
  const [lines, setLines] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    const stop = new AbortController();
    setLines([]);
    follow(path, (line) => setLines((kept) => [...kept.slice(-(KEPT - 1)), line]), stop.signal)
      .catch((e) => { if (!stop.signal.aborted) setError(e); });
    return () => stop.abort();
  }, [path]);
  const shown = search ? lines.filter((l) => l.includes(search)) : lines;
  return (
    <section aria-labelledby="logs">
      <h2 id="logs">Logs</h2>
      <label htmlFor="log-search">Search</label>
      <input id="log-search" value={search} onChange={(e) => setSearch(e.target.value)} />
      <ProblemView error={error} />
      <pre className="logs" data-testid="logs" aria-live="polite">{shown.join('\n')}</pre>
    </section>
  );
}
