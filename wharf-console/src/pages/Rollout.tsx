import { useEffect, useState } from 'react';
import { call } from '../api';
import { ProblemView } from '../ProblemView';
import { useAction } from '../useAction';

interface RolloutView { revision: number; phase: string; message: string }

/** The current rollout and what can be done to it: pause, resume, promote a canary's next step, abort. */
export function Rollout({ base, revision, events }: { base: string; revision: number; events: number }) {
  const [rollout, setRollout] = useState<RolloutView | null>(null);
  const [error, run] = useAction();
  useEffect(() => {
    call<RolloutView>('GET', `${base}/rollout`).then(setRollout, () => setRollout(null));
  }, [base, revision, events]);
  if (!rollout) return null;
  const act = (what: string) => run(async () => setRollout(await call<RolloutView>('POST', `${base}/rollout/${what}`)));
  const open = rollout.phase === 'Progressing' || rollout.phase === 'Paused';
  return (
    <section aria-labelledby="rollout">
      <h2 id="rollout">Rollout of revision {rollout.revision}: {rollout.phase}</h2>
      <p>{rollout.message}</p>
      {open && (
        <p className="inline">
          {rollout.phase === 'Paused'
            ? <button type="button" onClick={() => act('resume')}>Resume</button>
            : <button type="button" onClick={() => act('pause')}>Pause</button>}
          <button type="button" onClick={() => act('promote')}>Promote to the next step</button>
          <button type="button" onClick={() => act('abort')}>Abort and roll back</button>
        </p>
      )}
      <ProblemView error={error} />
    </section>
  );
}
