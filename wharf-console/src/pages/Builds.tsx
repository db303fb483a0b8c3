import { useEffect, useState } from 'react';
import { call, follow } from '../api';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';

interface Build { id: string; state: string; message: string | null; commit: string | null; createdAt: string }
interface Version { id: string; image: string; commit: string | null; author: string | null; message: string | null }

/**
 * The app's builds (start one from its source, follow one's log as it is written) and its versions, each
 * deployable in one click.
 */
export function Builds({ base, revision, onDone }: { base: string; revision: number; onDone: () => void }) {
  const [builds, setBuilds] = useState<Build[]>([]);
  const [versions, setVersions] = useState<Version[]>([]);
  const [followed, setFollowed] = useState<string | null>(null);
  const [log, setLog] = useState<string[]>([]);
  const [followError, setError] = useState<unknown>(null);
  const [actionError, run] = useAction();
  const [tick, setTick] = useState(0);
  useEffect(() => {
    call<Build[]>('GET', `${base}/builds`).then(setBuilds, () => setBuilds([]));
    call<Version[]>('GET', `${base}/versions`).then(setVersions, () => setVersions([]));
  }, [base, revision, tick]);
  useEffect(() => {
    if (!followed) return undefined;
    const stop = new AbortController();
    setLog([]);
    follow(`${base}/builds/${followed}/logs?follow=true`, (line) => setLog((l) => [...l.slice(-999), line]), stop.signal)
      .then(() => setTick((t) => t + 1), (e) => { if (!stop.signal.aborted) setError(e); });
    return () => stop.abort();
  }, [base, followed]);
  const act = (method: string, path: string, body?: unknown) => run(async () => {
    const answer = await call<{ id?: string }>(method, path, body);
    if (path.endsWith('/builds') && answer?.id) setFollowed(answer.id);
    setTick((t) => t + 1);
    onDone();
  });
  return (
    <section aria-labelledby="builds">
      <h2 id="builds">Builds and versions</h2>
      <button type="button" onClick={() => act('POST', `${base}/builds`, {})}>Build from the app's source</button>
      <ProblemView error={actionError ?? followError} />
      <ul>
        {builds.map((b) => (
          <li key={b.id}>build <code>{b.id}</code> {b.state}{b.commit ? ` at ${b.commit.slice(0, 7)}` : ''} {b.message ?? ''}
            {' '}<button type="button" onClick={() => setFollowed(b.id)}>Log of build {b.id}</button></li>
        ))}
      </ul>
      {followed && <pre className="logs" data-testid="build-log" aria-live="polite">{log.join('\n')}</pre>}
      <ul>
        {versions.map((v) => (
          <li key={v.id}>version <code>{v.id}</code> {v.commit?.slice(0, 7)} {v.message} {v.author && `by ${v.author}`}
            {' '}<button type="button" onClick={() => act('POST', `${base}/releases`, { version: v.id })}>
              Deploy version {v.id}</button></li>
        ))}
      </ul>
    </section>
  );
}
