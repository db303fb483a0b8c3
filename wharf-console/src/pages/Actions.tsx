import { FormEvent, useState } from 'react';
import { AppView, ReleaseView, call } from '../api';
import { ProblemView } from '../ProblemView';
import { lineDiff } from '../lineDiff';
import { releaseLines } from '../releaseLines';
import { useAction } from '../useAction';

/** Scale, deploy an image, roll back: each says what it will do, and shows the server's refusal. */
export function Actions({ base, view, releases, onDone }: {
  base: string; view: AppView; releases: ReleaseView[]; onDone: () => void;
}) {
  const [replicas, setReplicas] = useState(String(view.replicas));
  const [image, setImage] = useState('');
  const [compared, setCompared] = useState<number | null>(null);
  const current = releases.find((r) => r.revision === view.revision);
  const [error, run] = useAction();
  const act = (method: string, path: string, body: unknown) => run(async () => {
    await call(method, path, body);
    onDone();
  });
  const scale = (e: FormEvent) => { e.preventDefault(); act('PUT', `${base}/replicas`, { replicas: Number(replicas) }); };
  const deploy = (e: FormEvent) => { e.preventDefault(); act('POST', `${base}/releases`, { image }); };
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">Actions</h2>
      <form onSubmit={scale} className="inline" aria-label="scale">
        <label htmlFor="replicas">Instances wanted</label>
        <input id="replicas" type="number" min={0} value={replicas} onChange={(e) => setReplicas(e.target.value)} />
        <button type="submit" disabled={replicas === String(view.replicas)}>Scale from {view.replicas} to {replicas}</button>
      </form>
      <form onSubmit={deploy} className="inline" aria-label="deploy">
        <label htmlFor="image">Image</label>
        <input id="image" value={image} onChange={(e) => setImage(e.target.value)} placeholder={view.image} />
        <button type="submit" disabled={!image}>Deploy {image || 'an image'} as revision {view.revision + 1}</button>
      </form>
      <ProblemView error={error} />
      <h3>Releases</h3>
      <ol className="releases">
        {releases.map((r) => (
          <li key={r.revision}>
            revision {r.revision} <code>{r.image}</code> {r.summary}
            {r.revision !== view.revision && (
              <>
                <button type="button" onClick={() => act('POST', `${base}/rollback`, { revision: r.revision })}>
                  Roll back to revision {r.revision}
                </button>
                {current && (
                  <button type="button" aria-expanded={compared === r.revision}
                    onClick={() => setCompared(compared === r.revision ? null : r.revision)}>
                    What rolling back to revision {r.revision} changes
                  </button>
                )}
              </>
            )}
            {current && compared === r.revision && (
              <pre className="diff" data-testid="release-diff">{lineDiff(releaseLines(current), releaseLines(r))
                .filter((l) => l.kind !== ' ').map((l) => l.kind + l.text).join('\n') || 'nothing but the revision'}</pre>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
