import { useEffect, useState } from 'react';
import { ProblemView } from '../ProblemView';
import { useFollow } from '../useFollow';

const KEPT = 1000;

/**
 * The app's log lines as they are written (each prefixed with its instance), with a filter. A stream that
 * breaks (the network, a server restart) is opened again after 2 s with the lines of the last 3 s, so that
 * none is lost; a line says where some may show twice.
 */
export function Logs({ base }: { base: string }) {
  const [lines, setLines] = useState<string[]>([]);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);
  const add = (line: string) => setLines((kept) => [...kept.slice(-(KEPT - 1)), line]);
  useEffect(() => setLines([]), [base]);
  useFollow(base, (again) => `${base}/logs?follow=true&${again ? 'since=3' : 'tail=100'}`,
    (line) => { setError(null); add(line); },
    () => add('(wharf: the log stream broke and was opened again: the lines of the last 3 s may show twice)'),
    setError);
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
